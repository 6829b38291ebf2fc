import { bucketStart, type Bar, type Timeframe } from '@goldensignals/engine';
import type { BarRequest } from '../../bar-request.js';
import { finishBars } from '../http/finish-bars.js';
import type { JsonHttpClient } from '../http/json-http-client.js';

const DAY = 86_400_000;

/** Finnhub candle resolutions of our timeframes; 4h is aggregated from 60-minute candles by the provider. */
export const FINNHUB_RESOLUTIONS: Readonly<Record<Exclude<Timeframe, '4h'>, string>> = {
  '1m': '1',
  '5m': '5',
  '15m': '15',
  '30m': '30',
  '1h': '60',
  '1d': 'D',
  '1w': 'W',
};

/** Our bar time for a candle stamped `seconds`: intraday as is, a day at 00:00 UTC of its date, a week at 00:00 UTC of its Monday. */
function barTime(seconds: number, timeframe: Exclude<Timeframe, '4h'>): number {
  const time = seconds * 1000;
  if (timeframe === '1d') return bucketStart(time, '1d');
  if (timeframe === '1w') return bucketStart(time + DAY, '1w');
  return time;
}

/**
 * Bars from `/stock/candle` (`from`/`to` in UNIX seconds, inclusive; a week stamped the Sunday before
 * `from` is included). `s: "no_data"` is an empty answer — Finnhub gives it for an unknown symbol too.
 * The parallel arrays must be equally long; a candle that is not a valid bar is a bad-response.
 */
export async function fetchFinnhubBars(client: JsonHttpClient, request: BarRequest & { timeframe: Exclude<Timeframe, '4h'> }, signal?: AbortSignal): Promise<Bar[]> {
  const what = `${request.timeframe} bars of ${request.symbol}`;
  const reader = client.reader(what);
  const from = request.timeframe === '1w' ? request.from - 7 * DAY : request.from;
  const body = await client.getJson({
    path: '/stock/candle',
    query: { symbol: request.symbol, resolution: FINNHUB_RESOLUTIONS[request.timeframe], from: Math.floor(from / 1000), to: Math.floor((request.to - 1) / 1000) },
    what,
    signal,
  });
  const root = reader.object(body, '');
  const status = reader.string(root, 's', '');
  if (status === 'no_data') return [];
  if (status !== 'ok') throw reader.problem('s', `is "${status}", expected "ok" or "no_data"`);
  const columns = (['t', 'o', 'h', 'l', 'c', 'v'] as const).map((key) => reader.arrayField(root, key, ''));
  const [t, o, h, l, c, v] = columns;
  const mismatch = columns.find((column) => column.length !== t.length);
  if (mismatch !== undefined) throw reader.problem('', `has columns of different lengths (t ${t.length}, o ${o.length}, h ${h.length}, l ${l.length}, c ${c.length}, v ${v.length})`);
  const bars: Bar[] = [];
  for (let i = 0; i < t.length; i++) {
    bars.push({
      time: barTime(reader.numberAt(t, i, 't'), request.timeframe),
      open: reader.numberAt(o, i, 'o'),
      high: reader.numberAt(h, i, 'h'),
      low: reader.numberAt(l, i, 'l'),
      close: reader.numberAt(c, i, 'c'),
      volume: reader.numberAt(v, i, 'v'),
    });
  }
  return finishBars(bars, request, (problem) => client.error('bad-response', what, problem));
}
