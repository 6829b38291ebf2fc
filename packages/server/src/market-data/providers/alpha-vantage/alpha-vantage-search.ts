import type { SymbolMatch } from '../../symbol-match.js';
import type { JsonHttpClient } from '../http/json-http-client.js';
import { alphaVantageBody } from './alpha-vantage-body.js';

/** Alpha Vantage's `3. type` values that are one of our kinds. */
const KIND_OF_TYPE: Readonly<Record<string, string>> = { Equity: 'equity', ETF: 'etf', 'Mutual Fund': 'fund' };

/** The matches of a SYMBOL_SEARCH answer, best first. Alpha Vantage gives a region, not an exchange, so `exchange` is null. */
export function readAlphaVantageSearch(client: JsonHttpClient, keywords: string, body: unknown): SymbolMatch[] {
  const what = `search for "${keywords}"`;
  const reader = client.reader(what);
  const root = alphaVantageBody(client, what, body);
  return reader.arrayField(root, 'bestMatches', '').map((value, i) => {
    const at = `bestMatches[${i}]`;
    const row = reader.object(value, at);
    const type = reader.optionalString(row, '3. type', at);
    return {
      symbol: reader.string(row, '1. symbol', at),
      name: reader.string(row, '2. name', at),
      exchange: null,
      type: (type === null ? undefined : KIND_OF_TYPE[type]) ?? null,
    };
  });
}
