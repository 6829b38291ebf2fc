import type { Timeframe } from '@goldensignals/engine';
import { calendarForSymbol } from '../../market-data/calendar/market-calendars.js';

/**
 * The symbols whose market closed a bar of `timeframe` in (from, to], in their order: NYSE sessions and
 * holidays for stocks, 24/7 for crypto, as the SignalScheduler decides it.
 */
export function symbolsClosingBars(symbols: readonly string[], timeframe: Timeframe, from: number, to: number): string[] {
  return [...new Set(symbols)].filter((symbol) => calendarForSymbol(symbol).barCloses(timeframe, from, to).length > 0);
}
