import { bucketStart, type Bar, type Timeframe } from '@goldensignals/engine';
import type { BarRequest } from '../../bar-request.js';
import { finishBars } from '../http/finish-bars.js';
import type { JsonHttpClient } from '../http/json-http-client.js';
import type { ResponseReader } from '../http/response-reader.js';

const DAY = 86_400_000;
/** Polygon's largest page of aggregates. */
const PAGE_LIMIT = 50_000;
/** A bound on `next_url` hops, so a source that keeps linking cannot hold a request forever. */
const MAX_PAGES = 1_000;

/** How a timeframe is asked of the aggregates endpoint and how its bar times become ours. */
interface PolygonResolution {
  readonly multiplier: number;
  readonly timespan: 'minute' | 'hour' | 'day' | 'week';
}

/** Polygon resolutions of our timeframes; 4h is built from 1h bars by the provider (Polygon does not document how it aligns multi-hour bars). */
export const POLYGON_RESOLUTIONS: Readonly<Record<Exclude<Timeframe, '4h'>, PolygonResolution>> = {
  '1m': { multiplier: 1, timespan: 'minute' },
  '5m': { multiplier: 5, timespan: 'minute' },
  '15m': { multiplier: 15, timespan: 'minute' },
  '30m': { multiplier: 30, timespan: 'minute' },
  '1h': { multiplier: 1, timespan: 'hour' },
  '1d': { multiplier: 1, timespan: 'day' },
  '1w': { multiplier: 1, timespan: 'week' },
};

function utcDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * Our bar time for Polygon's window start `t`: intraday as is; a day bar (stamped midnight New York)
 * at 00:00 UTC of its date; a week bar (stamped its Sunday) at 00:00 UTC of its Monday, where the
 * engine starts weeks.
 */
function barTime(t: number, timespan: PolygonResolution['timespan']): number {
  if (timespan === 'day') return bucketStart(t, '1d');
  if (timespan === 'week') return bucketStart(t + DAY, '1w');
  return t;
}

/** The `{from}/{to}` path segments: epoch ms for intraday, inclusive dates for days and weeks (a week stamped the Sunday before `from` is included). */
function rangeSegments(request: BarRequest, timespan: PolygonResolution['timespan']): string {
  if (timespan === 'day') return `${utcDate(request.from)}/${utcDate(request.to - 1)}`;
  if (timespan === 'week') return `${utcDate(request.from - 7 * DAY)}/${utcDate(request.to - 1)}`;
  return `${request.from}/${request.to - 1}`;
}

function readPage(reader: ResponseReader, body: unknown, timespan: PolygonResolution['timespan']): { bars: Bar[]; next: string | null } {
  const root = reader.object(body, '');
  const status = reader.string(root, 'status', '');
  if (status !== 'OK' && status !== 'DELAYED') throw reader.problem('status', `is "${status}", expected "OK" or "DELAYED"`);
  const rows = reader.optionalArrayField(root, 'results', '');
  const bars = rows.map((value, i) => {
    const rowAt = `results[${i}]`;
    const row = reader.object(value, rowAt);
    return {
      time: barTime(reader.number(row, 't', rowAt), timespan),
      open: reader.number(row, 'o', rowAt),
      high: reader.number(row, 'h', rowAt),
      low: reader.number(row, 'l', rowAt),
      close: reader.number(row, 'c', rowAt),
      volume: reader.number(row, 'v', rowAt),
    };
  });
  return { bars, next: reader.optionalString(root, 'next_url', '') };
}

/**
 * Bars from Polygon's aggregates endpoint `/v2/aggs/ticker/{T}/range/{multiplier}/{timespan}/{from}/{to}`
 * (adjusted, ascending, 50,000 per page), following `next_url` until the last page. Polygon answers
 * an unknown ticker like a range without trades (no `results`), so both give an empty array.
 */
export async function fetchPolygonBars(client: JsonHttpClient, request: BarRequest & { timeframe: Exclude<Timeframe, '4h'> }, signal?: AbortSignal): Promise<Bar[]> {
  const { multiplier, timespan } = POLYGON_RESOLUTIONS[request.timeframe];
  const what = `${request.timeframe} bars of ${request.symbol}`;
  const reader = client.reader(what);
  const bars: Bar[] = [];
  const seen = new Set<string>();
  let path: string | null = `/v2/aggs/ticker/${encodeURIComponent(request.symbol)}/range/${multiplier}/${timespan}/${rangeSegments(request, timespan)}`;
  let query: Record<string, string | number> | undefined = { adjusted: 'true', sort: 'asc', limit: PAGE_LIMIT };
  for (let page = 0; path !== null; page++) {
    if (page >= MAX_PAGES) throw reader.problem('next_url', `still links onward after ${MAX_PAGES} pages`);
    const body = await client.getJson({ path, query, what, signal });
    const result = readPage(reader, body, timespan);
    for (const bar of result.bars) bars.push(bar);
    if (result.next !== null && seen.has(result.next)) throw reader.problem('next_url', `of page ${page + 1} links back to a page already read`);
    if (result.next !== null) seen.add(result.next);
    path = result.next;
    // The link carries the cursor and every parameter of the first request.
    query = undefined;
  }
  return finishBars(bars, request, (problem) => client.error('bad-response', what, problem));
}
