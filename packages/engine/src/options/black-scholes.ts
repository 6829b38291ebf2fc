import { normalCdf, normalDensity } from './standard-normal.js';

/** Call or put. */
export type OptionType = 'call' | 'put';

/** Inputs of the Black-Scholes-Merton model for a European option. */
export interface OptionParameters {
  readonly type: OptionType;
  /** Price of the underlying. */
  readonly spot: number;
  readonly strike: number;
  /** Time to expiry in years. */
  readonly timeToExpiry: number;
  /** Continuously compounded risk-free rate as a fraction (0.05 = 5 %). */
  readonly rate: number;
  /** Annualised volatility as a fraction (0.2 = 20 %). */
  readonly volatility: number;
  /** Continuous dividend yield as a fraction; 0 when omitted. */
  readonly dividendYield?: number;
}

/** Price and sensitivities of an option. Theta is the change per unit of time passing (negative = decay). */
export interface OptionGreeks {
  readonly price: number;
  readonly delta: number;
  readonly gamma: number;
  /** Per year, as Hull quotes it. */
  readonly thetaPerYear: number;
  /** Per calendar day (thetaPerYear / daysPerYear). */
  readonly thetaPerDay: number;
  /** Per 1.00 (100 vol points) change in volatility, as Hull quotes it. */
  readonly vega: number;
  /** Per 1 vol point (0.01). */
  readonly vegaPerPoint: number;
  /** Per 1.00 (100 %) change in the rate, as Hull quotes it. */
  readonly rho: number;
}

/** Throws a RangeError naming the first invalid parameter. */
export function assertOptionParameters(p: Omit<OptionParameters, 'volatility'> & { readonly volatility?: number }): void {
  if (p.type !== 'call' && p.type !== 'put') throw new RangeError(`type must be 'call' or 'put', got ${String(p.type)}`);
  if (!(p.spot > 0) || !Number.isFinite(p.spot)) throw new RangeError(`spot must be a finite number > 0, got ${p.spot}`);
  if (!(p.strike > 0) || !Number.isFinite(p.strike)) throw new RangeError(`strike must be a finite number > 0, got ${p.strike}`);
  if (!(p.timeToExpiry >= 0) || !Number.isFinite(p.timeToExpiry)) {
    throw new RangeError(`timeToExpiry must be a finite number >= 0 (years), got ${p.timeToExpiry}`);
  }
  if (!Number.isFinite(p.rate)) throw new RangeError(`rate must be a finite number, got ${p.rate}`);
  const q = p.dividendYield ?? 0;
  if (!Number.isFinite(q)) throw new RangeError(`dividendYield must be a finite number, got ${q}`);
  if (p.volatility !== undefined && (!(p.volatility >= 0) || !Number.isFinite(p.volatility))) {
    throw new RangeError(`volatility must be a finite number >= 0, got ${p.volatility}`);
  }
}

/** Black-Scholes-Merton price of a European call or put. */
export function blackScholesPrice(p: OptionParameters): number {
  assertOptionParameters(p);
  return priceUnchecked(p.type, p.spot, p.strike, p.timeToExpiry, p.rate, p.dividendYield ?? 0, p.volatility);
}

/**
 * Price without validation, for inner loops (implied volatility). With zero volatility or time the
 * option is worth its discounted forward intrinsic value.
 */
export function priceUnchecked(type: OptionType, s: number, k: number, t: number, r: number, q: number, sigma: number): number {
  const dq = Math.exp(-q * t);
  const dr = Math.exp(-r * t);
  const sd = sigma * Math.sqrt(t);
  if (sd === 0) {
    const forwardIntrinsic = s * dq - k * dr;
    return type === 'call' ? Math.max(0, forwardIntrinsic) : Math.max(0, -forwardIntrinsic);
  }
  const d1 = (Math.log(s / k) + (r - q) * t) / sd + 0.5 * sd;
  const d2 = d1 - sd;
  return type === 'call' ? s * dq * normalCdf(d1) - k * dr * normalCdf(d2) : k * dr * normalCdf(-d2) - s * dq * normalCdf(-d1);
}

/**
 * Price and greeks of a European option under Black-Scholes-Merton (Hull, "Options, Futures, and
 * Other Derivatives", ch. 19, table 19.6 with dividend yield q). `daysPerYear` converts theta per
 * year to per day (Hull uses 365 calendar days; use 252 for trading days).
 */
export function blackScholesGreeks(p: OptionParameters, daysPerYear = 365): OptionGreeks {
  assertOptionParameters(p);
  if (!(daysPerYear > 0)) throw new RangeError(`daysPerYear must be > 0, got ${daysPerYear}`);
  const { type, spot: s, strike: k, timeToExpiry: t, rate: r, volatility: sigma } = p;
  const q = p.dividendYield ?? 0;
  const dq = Math.exp(-q * t);
  const dr = Math.exp(-r * t);
  const sqrtT = Math.sqrt(t);
  const sd = sigma * sqrtT;
  const call = type === 'call';
  if (sd === 0) {
    // No uncertainty left: the option is a forward contract when in the money, worthless otherwise.
    const inTheMoney = call ? s * dq > k * dr : k * dr > s * dq;
    const sign = call ? 1 : -1;
    const price = inTheMoney ? sign * (s * dq - k * dr) : 0;
    const thetaPerYear = inTheMoney ? sign * (q * s * dq - r * k * dr) : 0;
    return {
      price,
      delta: inTheMoney ? sign * dq : 0,
      gamma: 0,
      thetaPerYear,
      thetaPerDay: thetaPerYear / daysPerYear,
      vega: 0,
      vegaPerPoint: 0,
      rho: inTheMoney ? sign * k * t * dr : 0,
    };
  }
  const d1 = (Math.log(s / k) + (r - q) * t) / sd + 0.5 * sd;
  const d2 = d1 - sd;
  const pdf = normalDensity(d1);
  const gamma = (dq * pdf) / (s * sd);
  const vega = s * dq * pdf * sqrtT;
  const decay = (-s * dq * pdf * sigma) / (2 * sqrtT);
  let price: number;
  let delta: number;
  let thetaPerYear: number;
  let rho: number;
  if (call) {
    const n1 = normalCdf(d1);
    const n2 = normalCdf(d2);
    price = s * dq * n1 - k * dr * n2;
    delta = dq * n1;
    thetaPerYear = decay + q * s * dq * n1 - r * k * dr * n2;
    rho = k * t * dr * n2;
  } else {
    const n1 = normalCdf(-d1);
    const n2 = normalCdf(-d2);
    price = k * dr * n2 - s * dq * n1;
    delta = -dq * n1;
    thetaPerYear = decay - q * s * dq * n1 + r * k * dr * n2;
    rho = -k * t * dr * n2;
  }
  return { price, delta, gamma, thetaPerYear, thetaPerDay: thetaPerYear / daysPerYear, vega, vegaPerPoint: vega / 100, rho };
}

/** Black-Scholes-Merton delta only (cheaper than the full greeks); NaN for invalid inputs. */
export function blackScholesDelta(type: OptionType, s: number, k: number, t: number, r: number, q: number, sigma: number): number {
  const sd = sigma * Math.sqrt(t);
  if (!(s > 0 && k > 0 && sd > 0)) return NaN;
  const d1 = (Math.log(s / k) + (r - q) * t) / sd + 0.5 * sd;
  const dq = Math.exp(-q * t);
  return type === 'call' ? dq * normalCdf(d1) : -dq * normalCdf(-d1);
}
