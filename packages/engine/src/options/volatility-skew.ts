import { blackScholesDelta } from './black-scholes.js';
import { contractImpliedVolatility, yearsToExpiry } from './option-quote.js';
import type { OptionsChain } from './options-chain.js';

const MS_PER_DAY = 86_400_000;

/** Which expiry and which wing {@link volatilitySkew} measures. */
export interface VolatilitySkewOptions {
  /** Preferred days to expiry; the nearest listed expiry within [minDays, maxDays] is used. */
  readonly targetDays: number;
  readonly minDays: number;
  readonly maxDays: number;
  /** Absolute delta of the wings, 0.25 for the usual 25-delta risk reversal. */
  readonly wingDelta: number;
}

/** The implied-volatility skew of one expiry, volatilities as fractions. */
export interface VolatilitySkew {
  readonly kind: 'skew';
  readonly expiry: number;
  readonly daysToExpiry: number;
  /** IV of the put with |delta| = wingDelta, interpolated linearly in delta. */
  readonly putWingVolatility: number;
  readonly callWingVolatility: number;
  /** IV at delta 0.5 (mean of the call and put interpolations when both exist). */
  readonly atTheMoneyVolatility: number;
  /** Put wing IV - call wing IV (the 25-delta risk reversal, quoted put over call). */
  readonly riskReversal: number;
  /** riskReversal / atTheMoneyVolatility: the skew in units of the volatility level. */
  readonly relativeSkew: number;
  /** Contracts of the expiry with a usable implied volatility. */
  readonly quotedContracts: number;
  /** Contracts traded in the expiry. */
  readonly volume: number;
}

/** Why no skew could be measured. */
export interface MissingSkew {
  readonly kind: 'missing';
  readonly reason: string;
}

/**
 * The 25-delta risk reversal of the listed expiry nearest `targetDays`: each contract's delta comes
 * from Black-Scholes with its own implied volatility (r from the chain, no dividend yield), and the
 * wing volatilities are interpolated linearly in delta between the bracketing strikes.
 */
export function volatilitySkew(chain: OptionsChain, options: VolatilitySkewOptions): VolatilitySkew | MissingSkew {
  let expiry = NaN;
  let bestDistance = Infinity;
  for (const c of chain.contracts) {
    const days = (c.expiry - chain.asOf) / MS_PER_DAY;
    if (days < options.minDays || days > options.maxDays) continue;
    const distance = Math.abs(days - options.targetDays);
    // Ties go to the earlier expiry so the choice does not depend on contract order.
    if (distance < bestDistance || (distance === bestDistance && c.expiry < expiry)) {
      bestDistance = distance;
      expiry = c.expiry;
    }
  }
  if (Number.isNaN(expiry)) {
    return { kind: 'missing', reason: `no expiry between ${options.minDays} and ${options.maxDays} days` };
  }
  const t = yearsToExpiry(chain, expiry);
  const rate = Number.isFinite(chain.riskFreeRate) ? chain.riskFreeRate : 0;
  const calls: [number, number][] = [];
  const puts: [number, number][] = [];
  let volume = 0;
  for (const c of chain.contracts) {
    if (c.expiry !== expiry) continue;
    if (c.volume > 0) volume += c.volume;
    const iv = contractImpliedVolatility(chain, c);
    if (!(iv > 0)) continue;
    const delta = blackScholesDelta(c.type, chain.underlyingPrice, c.strike, t, rate, 0, iv);
    if (!Number.isFinite(delta)) continue;
    (c.type === 'call' ? calls : puts).push([Math.abs(delta), iv]);
  }
  const days = (expiry - chain.asOf) / MS_PER_DAY;
  const callWing = interpolate(calls, options.wingDelta);
  const putWing = interpolate(puts, options.wingDelta);
  if (Number.isNaN(callWing) || Number.isNaN(putWing)) {
    return {
      kind: 'missing',
      reason: `the ${days.toFixed(0)}-day expiry has no quotes on both sides of ${options.wingDelta.toFixed(2)} delta for calls and puts`,
    };
  }
  const callAtm = interpolate(calls, 0.5);
  const putAtm = interpolate(puts, 0.5);
  const atm = Number.isNaN(callAtm) ? putAtm : Number.isNaN(putAtm) ? callAtm : 0.5 * (callAtm + putAtm);
  if (!(atm > 0)) return { kind: 'missing', reason: `the ${days.toFixed(0)}-day expiry has no at-the-money quotes` };
  const riskReversal = putWing - callWing;
  return {
    kind: 'skew',
    expiry,
    daysToExpiry: days,
    putWingVolatility: putWing,
    callWingVolatility: callWing,
    atTheMoneyVolatility: atm,
    riskReversal,
    relativeSkew: riskReversal / atm,
    quotedContracts: calls.length + puts.length,
    volume,
  };
}

/** Linear interpolation of y at x among (x, y) points; NaN when x is outside their range. */
function interpolate(points: [number, number][], x: number): number {
  if (points.length === 0) return NaN;
  points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const first = points[0];
  const last = points[points.length - 1];
  if (x < first[0] || x > last[0]) return NaN;
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i];
    if (x1 < x) continue;
    const [x0, y0] = points[i - 1];
    return x1 === x0 ? 0.5 * (y0 + y1) : y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return first[1];
}
