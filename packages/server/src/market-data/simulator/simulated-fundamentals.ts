import type { Fundamentals } from '../fundamentals.js';
import { hashUniform } from './seed-hash.js';
import type { SymbolSimulation } from './symbol-simulation.js';

const YEAR_MS = 365 * 86_400_000;
/** Annual volatility of the broad market, to derive a beta from a stock's volatility. */
const MARKET_VOLATILITY = 0.16;

/**
 * Plausible company facts for a simulated symbol, consistent with its simulated prices: market cap and
 * P/E move with the price, and the 52-week range is the range of its own daily bars. Earnings per share
 * are fixed per symbol (its earnings yield at the reference price). Labelled by `source: 'simulator'`.
 */
export function simulatedFundamentals(simulation: SymbolSimulation, now: number): Fundamentals | null {
  const point = simulation.priceAt(now);
  if (point === null) return null;
  const { profile } = simulation;
  const year = simulation.bars('1d', now - YEAR_MS, now + 1, now);
  const company = profile.type === 'equity';
  const eps = company && profile.earningsYield !== null ? Math.round(profile.price * profile.earningsYield * 100) / 100 : null;
  const supply = profile.supplyMillions === null ? null : profile.supplyMillions * 1e6;
  const beta = company || profile.type === 'etf'
    ? Math.round(Math.min(2.5, Math.max(0.3, (profile.volatility / MARKET_VOLATILITY) * (0.55 + 0.3 * hashUniform(profile.symbol, 'beta')))) * 100) / 100
    : null;
  return {
    symbol: profile.symbol,
    name: profile.name,
    sector: profile.sector,
    industry: profile.industry,
    marketCap: supply === null ? null : Math.round(point.price * supply),
    peRatio: eps !== null && eps > 0 ? Math.round((point.price / eps) * 100) / 100 : null,
    eps,
    dividendYield: profile.dividendYield,
    beta,
    fiftyTwoWeekHigh: year.length > 0 ? Math.max(...year.map((bar) => bar.high)) : null,
    fiftyTwoWeekLow: year.length > 0 ? Math.min(...year.map((bar) => bar.low)) : null,
    source: 'simulator',
  };
}
