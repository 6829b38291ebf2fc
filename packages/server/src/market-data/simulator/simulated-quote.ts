import type { Quote } from '../quote.js';
import { roundToTick } from './price-grid.js';
import type { SymbolSimulation } from './symbol-simulation.js';

/** Half the bid/ask spread as a fraction of the price: a basis point for stocks, two for crypto, half for FX. */
const HALF_SPREAD = { equity: 0.0001, crypto: 0.0002, fx: 0.00005 } as const;

/**
 * The quote at `now` on the simulated path: the price is the close of the bar forming at `now` (or the
 * last session's close while the market is shut), the day fields are the current session so far, and
 * the previous close is the session before's. Null before the simulated history begins.
 */
export function simulatedQuote(simulation: SymbolSimulation, now: number): Quote | null {
  const point = simulation.priceAt(now);
  const index = simulation.skeleton.indexAtOrBefore(now);
  if (point === null || index < 0) return null;
  const { profile } = simulation;
  const c = simulation.skeleton.columns;
  const day = simulation.sessionBar(index, now, c.epochDay[index] * 86_400_000);
  const previousClose = index > 0 ? c.close[index - 1] : null;
  const ticks = profile.ticksPerUnit;
  const halfSpread = Math.max(1 / ticks, point.price * HALF_SPREAD[profile.assetClass]);
  // Both prices are on the tick grid, so the difference is too; rounding only removes float noise.
  const change = previousClose === null ? null : Math.round((point.price - previousClose) * ticks) / ticks;
  return {
    symbol: profile.symbol,
    price: point.price,
    previousClose,
    change,
    changePercent: previousClose === null || change === null ? null : (change / previousClose) * 100,
    open: day.open,
    high: day.high,
    low: day.low,
    volume: day.volume,
    bid: roundToTick(point.price - halfSpread, ticks),
    ask: roundToTick(point.price + halfSpread, ticks),
    currency: profile.currency,
    time: point.time,
    source: 'simulator',
    simulated: true,
  };
}
