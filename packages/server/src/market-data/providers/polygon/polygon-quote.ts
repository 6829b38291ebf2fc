import type { Quote } from '../../quote.js';
import type { JsonHttpClient } from '../http/json-http-client.js';
import { newYorkSessionClose } from '../http/new-york-time.js';
import type { JsonObject, ResponseReader } from '../http/response-reader.js';
import { priceChange } from '../../price-change.js';

const NANOS_PER_MS = 1_000_000;

function positive(value: number | null): number | null {
  // Polygon zeroes the day's fields before the first trade; zero means "none yet", not a price.
  return value !== null && value > 0 ? value : null;
}

function optionalObject(reader: ResponseReader, parent: JsonObject, key: string, at: string): JsonObject | null {
  const value = parent[key];
  return value === undefined || value === null ? null : reader.objectField(parent, key, at);
}

/**
 * The quote in a `/v2/snapshot/locale/us/markets/stocks/tickers/{T}` answer: the last trade (or the
 * day's close so far) against the previous day's close; undefined when the snapshot has no price yet
 * today (before the first trade), so the caller falls back to the previous close.
 */
export function readPolygonSnapshot(client: JsonHttpClient, symbol: string, body: unknown): Quote | undefined {
  const reader = client.reader(`quote of ${symbol}`);
  const ticker = reader.objectField(reader.object(body, ''), 'ticker', '');
  const day = optionalObject(reader, ticker, 'day', 'ticker');
  const previousDay = optionalObject(reader, ticker, 'prevDay', 'ticker');
  const lastTrade = optionalObject(reader, ticker, 'lastTrade', 'ticker');
  const lastQuote = optionalObject(reader, ticker, 'lastQuote', 'ticker');
  const tradePrice = lastTrade === null ? null : positive(reader.optionalNumber(lastTrade, 'p', 'ticker.lastTrade'));
  const dayClose = day === null ? null : positive(reader.optionalNumber(day, 'c', 'ticker.day'));
  const price = tradePrice ?? dayClose;
  if (price === null) return undefined;
  const stamp = tradePrice !== null && lastTrade !== null ? reader.number(lastTrade, 't', 'ticker.lastTrade') : reader.number(ticker, 'updated', 'ticker');
  const previousClose = previousDay === null ? null : positive(reader.optionalNumber(previousDay, 'c', 'ticker.prevDay'));
  const { change, changePercent } = priceChange(price, previousClose);
  return {
    symbol,
    price,
    previousClose,
    change,
    changePercent,
    open: day === null ? null : positive(reader.optionalNumber(day, 'o', 'ticker.day')),
    high: day === null ? null : positive(reader.optionalNumber(day, 'h', 'ticker.day')),
    low: day === null ? null : positive(reader.optionalNumber(day, 'l', 'ticker.day')),
    volume: day === null || dayClose === null ? null : reader.optionalNumber(day, 'v', 'ticker.day'),
    bid: lastQuote === null ? null : positive(reader.optionalNumber(lastQuote, 'p', 'ticker.lastQuote')),
    ask: lastQuote === null ? null : positive(reader.optionalNumber(lastQuote, 'P', 'ticker.lastQuote')),
    currency: null,
    time: Math.round(stamp / NANOS_PER_MS),
    source: 'polygon',
    simulated: false,
  };
}

/**
 * The quote in a `/v2/aggs/ticker/{T}/prev` answer (the free plan's only quote): the last session's
 * close, observed at that session's 16:00 New York close. An answer without results means Polygon
 * does not know the ticker: not-found.
 */
export function readPolygonPreviousClose(client: JsonHttpClient, symbol: string, body: unknown): Quote {
  const what = `quote of ${symbol}`;
  const reader = client.reader(what);
  const rows = reader.optionalArrayField(reader.object(body, ''), 'results', '');
  if (rows.length === 0) throw client.error('not-found', what, `Polygon has no previous close for ${symbol}; is the ticker right?`);
  const row = reader.object(rows[0], 'results[0]');
  return {
    symbol,
    price: reader.number(row, 'c', 'results[0]'),
    previousClose: null,
    change: null,
    changePercent: null,
    open: reader.number(row, 'o', 'results[0]'),
    high: reader.number(row, 'h', 'results[0]'),
    low: reader.number(row, 'l', 'results[0]'),
    volume: reader.number(row, 'v', 'results[0]'),
    bid: null,
    ask: null,
    currency: null,
    time: newYorkSessionClose(reader.number(row, 't', 'results[0]')),
    source: 'polygon',
    simulated: false,
  };
}
