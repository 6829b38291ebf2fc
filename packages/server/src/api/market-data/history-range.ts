import type { Timeframe } from '@goldensignals/engine';
import { AppError } from '../../errors/app-error.js';
import { calendarForSymbol } from '../../market-data/calendar/market-calendars.js';
import { countBarSlots, MAX_BARS_PER_REQUEST, startOfLastBars } from './bar-window.js';
import { periodStart, type HistoryPeriod } from './history-period.js';

/** A bar request's time range: bars starting in [from, to), epoch ms. */
export interface BarRange {
  readonly from: number;
  readonly to: number;
}

/**
 * The bars a historical request covers: from the period's start to `now`, the bar forming at `now`
 * included; `max` is the latest {@link MAX_BARS_PER_REQUEST} bars. A period holding more bars than
 * that on the symbol's market calendar is refused with a 400 naming `query.period`.
 */
export function historyRange(symbol: string, period: HistoryPeriod, interval: Timeframe, now: number): BarRange {
  const calendar = calendarForSymbol(symbol);
  const to = now + 1;
  const from = periodStart(period, calendar, now);
  if (from === null) return { from: startOfLastBars(calendar, interval, MAX_BARS_PER_REQUEST, to), to };
  if (countBarSlots(calendar, interval, from, to, MAX_BARS_PER_REQUEST) > MAX_BARS_PER_REQUEST) {
    throw AppError.invalid(
      'query.period',
      `${period} of ${interval} bars is more than ${MAX_BARS_PER_REQUEST} bars for ${symbol} (the most one request answers): choose a shorter period or a longer interval`,
    );
  }
  return { from, to };
}
