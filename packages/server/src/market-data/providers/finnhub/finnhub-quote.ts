import type { Quote } from '../../quote.js';
import type { JsonHttpClient } from '../http/json-http-client.js';

function positive(value: number | null): number | null {
  return value !== null && value > 0 ? value : null;
}

/**
 * The quote in a `/quote` answer (`c` price, `d` change, `dp` change %, `o`/`h`/`l` of the day, `pc`
 * previous close, `t` UNIX seconds). Finnhub answers an unknown symbol with zeros (`c: 0`, `t: 0`):
 * not-found.
 */
export function readFinnhubQuote(client: JsonHttpClient, symbol: string, body: unknown): Quote {
  const what = `quote of ${symbol}`;
  const reader = client.reader(what);
  const root = reader.object(body, '');
  const price = reader.number(root, 'c', '');
  const time = reader.number(root, 't', '');
  if (price === 0 && time === 0) throw client.error('not-found', what, `Finnhub has no quote for ${symbol}; is the symbol right?`);
  if (price <= 0) throw reader.problem('c', `is ${price}, expected a positive price`);
  return {
    symbol,
    price,
    previousClose: positive(reader.optionalNumber(root, 'pc', '')),
    change: reader.optionalNumber(root, 'd', ''),
    changePercent: reader.optionalNumber(root, 'dp', ''),
    open: positive(reader.optionalNumber(root, 'o', '')),
    high: positive(reader.optionalNumber(root, 'h', '')),
    low: positive(reader.optionalNumber(root, 'l', '')),
    volume: null,
    bid: null,
    ask: null,
    currency: null,
    time: time * 1000,
    source: 'finnhub',
    simulated: false,
  };
}
