import type { Quote } from '../../quote.js';
import type { JsonHttpClient } from '../http/json-http-client.js';
import { newYorkTime } from '../http/new-york-time.js';
import { parseStrictDecimal } from '../http/response-reader.js';
import { alphaVantageBody } from './alpha-vantage-body.js';

/**
 * The quote in a GLOBAL_QUOTE answer. Alpha Vantage stamps it only with the latest trading day, so
 * the price counts as observed at that day's 16:00 New York close, or now if that is still ahead
 * (the session is running). An empty "Global Quote" is its answer to an unknown symbol: not-found.
 */
export function readAlphaVantageQuote(client: JsonHttpClient, symbol: string, body: unknown, now: number): Quote {
  const what = `quote of ${symbol}`;
  const reader = client.reader(what);
  const root = alphaVantageBody(client, what, body, symbol);
  const at = 'Global Quote';
  const quote = reader.objectField(root, at, '');
  if (Object.keys(quote).length === 0) throw client.error('not-found', what, `Alpha Vantage has no quote for ${symbol}; is the symbol right?`);
  const day = reader.string(quote, '07. latest trading day', at);
  const close = newYorkTime(day, 16, 0);
  if (close === undefined) throw reader.problem(`${at}["07. latest trading day"]`, `is "${day}", expected a YYYY-MM-DD date`);
  const percentText = reader.optionalString(quote, '10. change percent', at);
  const changePercent = percentText === null ? null : parseStrictDecimal(percentText.replace(/%$/, ''));
  if (Number.isNaN(changePercent)) throw reader.problem(`${at}["10. change percent"]`, `is "${percentText}", expected a percentage like "-0.48%"`);
  return {
    symbol: reader.string(quote, '01. symbol', at),
    price: reader.decimal(quote, '05. price', at),
    previousClose: reader.optionalDecimal(quote, '08. previous close', at),
    change: reader.optionalDecimal(quote, '09. change', at),
    changePercent,
    open: reader.optionalDecimal(quote, '02. open', at),
    high: reader.optionalDecimal(quote, '03. high', at),
    low: reader.optionalDecimal(quote, '04. low', at),
    volume: reader.optionalDecimal(quote, '06. volume', at),
    bid: null,
    ask: null,
    currency: null,
    time: Math.min(close, now),
    source: 'alphavantage',
    simulated: false,
  };
}
