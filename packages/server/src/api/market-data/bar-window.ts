import { TIMEFRAME_MS, type Timeframe } from '@goldensignals/engine';
import type { MarketCalendar } from '../../market-data/calendar/market-calendar.js';

/** Most bars one market data request may answer. */
export const MAX_BARS_PER_REQUEST = 5_000;

/** Every market trades at least a tenth of the clock (NYSE 1m: 390 of 1,440 minutes on 252 of 365 days). */
const LEAST_TRADING_SHARE = 0.1;

/**
 * The number of bars of `timeframe` the market has in [from, to), exact while it can be at most
 * `limit`; beyond that, any number above `limit` (ranges far too long are not enumerated).
 */
export function countBarSlots(calendar: MarketCalendar, timeframe: Timeframe, from: number, to: number, limit: number): number {
  if (to <= from) return 0;
  const clockIntervals = Math.ceil((to - from) / TIMEFRAME_MS[timeframe]);
  if (clockIntervals * LEAST_TRADING_SHARE > limit) return clockIntervals;
  return calendar.barSlots(timeframe, from, to).length;
}

/**
 * The start of the `count`-th last bar of `timeframe` that starts before `end`: requesting
 * [result, end) gives the latest `count` bars. Searches back to 1970 at most (then returns 0).
 */
export function startOfLastBars(calendar: MarketCalendar, timeframe: Timeframe, count: number, end: number): number {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`bar count must be an integer >= 1, got ${count}`);
  // Twice the clock span covers most markets at once; closed stretches (weekends, nights) widen the search.
  for (let span = Math.max(2 * count * TIMEFRAME_MS[timeframe], 14 * 86_400_000); ; span *= 4) {
    const from = Math.max(0, end - span);
    const slots = calendar.barSlots(timeframe, from, end);
    if (slots.length >= count) return slots[slots.length - count].time;
    if (from === 0) return 0;
  }
}
