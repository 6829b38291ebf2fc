import { TIMEFRAME_MS, type Timeframe } from '@goldensignals/engine';
import type { AssetClass } from '../market-data/calendar/asset-class.js';

/**
 * How far back to ask for `count` closed bars: bars × their length × the calendar time per trading
 * time of the market (equities trade 6.5 of 24 hours on 5 of 7 days, less holidays), with a margin.
 */
export function historyLookbackMs(kind: AssetClass, timeframe: Timeframe, count: number): number {
  const span = count * TIMEFRAME_MS[timeframe];
  const intraday = TIMEFRAME_MS[timeframe] < TIMEFRAME_MS['1d'];
  const factor = kind === 'crypto' ? 1.05 : kind === 'fx' ? 1.5 : intraday ? (24 / 6.5) * 1.5 : timeframe === '1w' ? 1.1 : 1.55;
  return Math.ceil(span * factor);
}
