import type { Timeframe } from '@goldensignals/engine';
import { calendarForSymbol } from '../../market-data/calendar/market-calendars.js';
import { startOfLastBars } from './bar-window.js';
import type { BarRange } from './history-range.js';

/** The range of the latest `count` bars of `interval` that have closed by `now` on the symbol's market calendar. */
export function closedBarsRange(symbol: string, interval: Timeframe, count: number, now: number): BarRange {
  const calendar = calendarForSymbol(symbol);
  const to = calendar.lastClosedBarStart(interval, now) + 1;
  return { from: startOfLastBars(calendar, interval, count, to), to };
}
