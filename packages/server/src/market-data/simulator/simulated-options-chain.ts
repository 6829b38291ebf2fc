import { blackScholesPrice, type OptionContract, type OptionsChain } from '@goldensignals/engine';
import { ASSET_CLASS_MODELS } from './market-model.js';
import { optionExpiries } from './option-expiries.js';
import { hashUniform } from './seed-hash.js';
import type { SymbolSimulation } from './symbol-simulation.js';

const YEAR_MS = 365 * 86_400_000;
const RISK_FREE_RATE = 0.04;
/** Implied volatility reverts from today's regime to the long-run level at this rate per year (a quarter's half-life). */
const VOLATILITY_REVERSION = 2.8;
/** Strikes each side of the money per expiry. */
const STRIKES_PER_SIDE = 12;
/** Smile per asset class: iv = atm · (1 − skew·x + curvature·x²), x = standardised log-moneyness. */
const SMILE = { equity: { skew: 0.1, curvature: 0.02 }, crypto: { skew: 0.02, curvature: 0.04 }, fx: { skew: 0.03, curvature: 0.04 } } as const;

/** The 1-2-2.5-5 × 10ⁿ step nearest above `raw`, as exchanges space strikes. */
function strikeStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10;
  return step * power;
}

/** Rounds to the option price grid (the underlying's tick), never below zero. */
function onGrid(price: number, ticksPerUnit: number, direction: 'down' | 'up'): number {
  const ticks = direction === 'down' ? Math.floor(price * ticksPerUnit) : Math.ceil(price * ticksPerUnit);
  return Math.max(0, ticks) / ticksPerUnit;
}

/**
 * A simulated option chain at `now`: calls and puts on several expiries, priced with Black-Scholes at
 * the current regime's volatility (reverting to the long-run level along the term structure) with a
 * skew, quoted with a bid/ask spread, and with volume and open interest that peak at the money.
 */
export function simulatedOptionsChain(simulation: SymbolSimulation, seed: number, now: number): OptionsChain | null {
  const point = simulation.priceAt(now);
  const index = simulation.skeleton.indexAtOrBefore(now);
  if (point === null || index < 0) return null;
  const { profile, calendar } = simulation;
  const spot = point.price;
  const currentVolatility = simulation.skeleton.columns.dailySigma[index] * Math.sqrt(ASSET_CLASS_MODELS[profile.assetClass].sessionsPerYear);
  const longRun = profile.volatility;
  const dividendYield = profile.dividendYield ?? 0;
  const smile = SMILE[profile.assetClass];
  const tradingDay = Math.floor(now / 86_400_000);
  const contracts: OptionContract[] = [];
  for (const expiry of optionExpiries(calendar, now)) {
    const years = (expiry - now) / YEAR_MS;
    const decay = (1 - Math.exp(-VOLATILITY_REVERSION * years)) / (VOLATILITY_REVERSION * years);
    const atm = Math.sqrt(longRun ** 2 + (currentVolatility ** 2 - longRun ** 2) * decay);
    const width = atm * Math.sqrt(years);
    const step = strikeStep((spot * Math.max(0.01, 2.5 * width)) / STRIKES_PER_SIDE);
    const center = Math.round(spot / step) * step;
    for (let k = -STRIKES_PER_SIDE; k <= STRIKES_PER_SIDE; k++) {
      const strike = Math.round((center + k * step) * 1e8) / 1e8;
      if (strike <= 0) continue;
      const x = Math.max(-3, Math.min(3, Math.log(strike / spot) / width));
      const volatility = atm * Math.max(0.5, 1 - smile.skew * x + smile.curvature * x * x);
      const interest = profile.volume / 2_000 * Math.exp(-(x * x) / 2) * Math.exp(-years * 2);
      for (const type of ['call', 'put'] as const) {
        const mid = blackScholesPrice({ type, spot, strike, timeToExpiry: years, rate: RISK_FREE_RATE, volatility, dividendYield });
        const halfSpread = Math.max(1 / profile.ticksPerUnit, mid * 0.02);
        const noise = hashUniform(seed, profile.symbol, expiry, strike, type, tradingDay);
        const openInterest = Math.round(interest * (0.5 + noise));
        contracts.push({
          type, strike, expiry,
          bid: onGrid(mid - halfSpread, profile.ticksPerUnit, 'down'),
          ask: Math.max(1 / profile.ticksPerUnit, onGrid(mid + halfSpread, profile.ticksPerUnit, 'up')),
          volume: Math.round(openInterest * (0.05 + 0.3 * hashUniform(seed, profile.symbol, expiry, strike, type, tradingDay, 'volume'))),
          openInterest,
          impliedVolatility: volatility,
        });
      }
    }
  }
  return { underlying: profile.symbol, underlyingPrice: spot, asOf: now, riskFreeRate: RISK_FREE_RATE, contracts, simulated: true };
}
