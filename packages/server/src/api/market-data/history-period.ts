import type { MarketCalendar } from '../../market-data/calendar/market-calendar.js';

/** The look-back periods of `GET /market-data/:symbol/historical`, as Yahoo Finance names them. */
export const HISTORY_PERIODS = ['1d', '5d', '1mo', '3mo', '6mo', '1y', '2y', '5y', '10y', 'ytd', 'max'] as const;

/** A look-back period (`1mo`, `ytd`, ...). */
export type HistoryPeriod = (typeof HISTORY_PERIODS)[number];

const DAY_MS = 86_400_000;
const SESSIONS: Partial<Record<HistoryPeriod, number>> = { '1d': 1, '5d': 5 };
const MONTHS: Partial<Record<HistoryPeriod, number>> = { '1mo': 1, '3mo': 3, '6mo': 6, '1y': 12, '2y': 24, '5y': 60, '10y': 120 };

/** The same wall-clock time `months` calendar months earlier (UTC), on the month's last day when it is shorter. */
export function monthsBefore(time: number, months: number): number {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds());
}

/**
 * Start of the last `count` sessions begun by `now`: 00:00 UTC of the first one's trading date (where
 * daily bars are stamped) or its open, whichever is earlier (FX sessions open the evening before).
 */
function startOfLastSessions(calendar: MarketCalendar, count: number, now: number): number {
  // Three weeks hold at least five sessions of any market, holidays included.
  const sessions = calendar.sessionsBetween(now - (count * 2 + 14) * DAY_MS, now + 1).filter((session) => session.open <= now);
  const first = sessions.at(-count) ?? sessions[0];
  if (first === undefined) return now - count * DAY_MS;
  return Math.min(first.epochDay * DAY_MS, first.open);
}

/**
 * Where a look-back period ending at `now` starts (epoch ms): `1d` and `5d` are the last one and five
 * trading sessions of the symbol's market (so a weekend still shows Friday), months and years are
 * calendar months back, `ytd` is 1 January (UTC). Null for `max`: as far back as the bar bound allows.
 */
export function periodStart(period: HistoryPeriod, calendar: MarketCalendar, now: number): number | null {
  if (period === 'max') return null;
  if (period === 'ytd') return Date.UTC(new Date(now).getUTCFullYear(), 0, 1);
  const sessions = SESSIONS[period];
  if (sessions !== undefined) return startOfLastSessions(calendar, sessions, now);
  const months = MONTHS[period];
  if (months === undefined) throw new RangeError(`unknown history period "${period}"; expected one of ${HISTORY_PERIODS.join(', ')}`);
  return monthsBefore(now, months);
}
