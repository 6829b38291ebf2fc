import type { Bar, Timeframe } from '@goldensignals/engine';
import type { BarRequest } from '../../bar-request.js';
import { finishBars } from '../http/finish-bars.js';
import type { JsonHttpClient } from '../http/json-http-client.js';
import { formatEpochDay } from '../../calendar/calendar-day.js';
import { NEW_YORK_CLOCK } from '../http/new-york-time.js';
import { alphaVantageBody } from './alpha-vantage-body.js';
import { readAlphaVantageSeries, type SeriesStamp } from './alpha-vantage-series.js';

const DAY = 86_400_000;
/** Without `month`, a full intraday answer holds the trailing 30 days; stay inside them with margin. */
const RECENT_INTRADAY_MS = 28 * DAY;
/** A compact daily answer holds the latest 100 sessions, at least 140 calendar days; keep a margin for stale data. */
const COMPACT_DAILY_MS = 130 * DAY;

type Query = Readonly<Record<string, string>>;

/** The Alpha Vantage function (and interval) of each timeframe; 4h is aggregated from 60min bars by the provider. */
export const ALPHA_VANTAGE_SERIES: Readonly<Record<Exclude<Timeframe, '4h'>, { readonly query: Query; readonly stamp: SeriesStamp }>> = {
  '1m': { query: { function: 'TIME_SERIES_INTRADAY', interval: '1min' }, stamp: 'intraday' },
  '5m': { query: { function: 'TIME_SERIES_INTRADAY', interval: '5min' }, stamp: 'intraday' },
  '15m': { query: { function: 'TIME_SERIES_INTRADAY', interval: '15min' }, stamp: 'intraday' },
  '30m': { query: { function: 'TIME_SERIES_INTRADAY', interval: '30min' }, stamp: 'intraday' },
  '1h': { query: { function: 'TIME_SERIES_INTRADAY', interval: '60min' }, stamp: 'intraday' },
  '1d': { query: { function: 'TIME_SERIES_DAILY' }, stamp: 'day' },
  '1w': { query: { function: 'TIME_SERIES_WEEKLY' }, stamp: 'week' },
};

/** The New York months (`YYYY-MM`) that [`from`, `to`) touches, oldest first. */
export function newYorkMonths(from: number, to: number): string[] {
  // Months counted from year 0, so a range crossing New Year needs no special case.
  const monthIndex = (time: number): number => {
    const [year, month] = formatEpochDay(NEW_YORK_CLOCK.localDayOf(time)).split('-').map(Number);
    return year * 12 + month - 1;
  };
  const months: string[] = [];
  for (let index = monthIndex(from); index <= monthIndex(to - 1); index++) {
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

/**
 * The queries that cover `request`: intraday ranges inside the trailing 30 days in one `outputsize=full`
 * call, older ones month by month (`month=YYYY-MM`, New York months, as Alpha Vantage cuts them); daily
 * ranges of the last ~100 sessions `compact`, older ones `full`; weekly always the whole history.
 */
export function alphaVantageBarQueries(request: BarRequest & { timeframe: Exclude<Timeframe, '4h'> }, now: number): Query[] {
  const { query } = ALPHA_VANTAGE_SERIES[request.timeframe];
  const base = { ...query, symbol: request.symbol };
  if (request.timeframe === '1w') return [base];
  if (request.timeframe === '1d') return [{ ...base, outputsize: request.from >= now - COMPACT_DAILY_MS ? 'compact' : 'full' }];
  if (request.from >= now - RECENT_INTRADAY_MS) return [{ ...base, outputsize: 'full' }];
  return newYorkMonths(request.from, request.to).map((month) => ({ ...base, month, outputsize: 'full' }));
}

/** Bars of `request` from the TIME_SERIES_* functions, one call per query of {@link alphaVantageBarQueries}, in order. */
export async function fetchAlphaVantageBars(
  client: JsonHttpClient,
  request: BarRequest & { timeframe: Exclude<Timeframe, '4h'> },
  now: number,
  signal?: AbortSignal,
): Promise<Bar[]> {
  const what = `${request.timeframe} bars of ${request.symbol}`;
  const bars: Bar[] = [];
  for (const query of alphaVantageBarQueries(request, now)) {
    const body = await client.getJson({ path: '/query', query, what, signal });
    const root = alphaVantageBody(client, what, body, request.symbol);
    for (const bar of readAlphaVantageSeries(client, what, root, ALPHA_VANTAGE_SERIES[request.timeframe].stamp)) bars.push(bar);
  }
  return finishBars(bars, request, (problem) => client.error('bad-response', what, problem));
}
