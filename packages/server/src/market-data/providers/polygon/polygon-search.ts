import type { SymbolMatch } from '../../symbol-match.js';
import type { JsonHttpClient } from '../http/json-http-client.js';

/** Polygon ticker types (`/v3/reference/tickers/types`) that are one of our kinds; the rest (warrants, rights, units, ...) have none. */
const KIND_OF_TYPE: Readonly<Record<string, string>> = {
  CS: 'equity',
  OS: 'equity',
  PFD: 'equity',
  ADRC: 'equity',
  GDR: 'equity',
  NYRS: 'equity',
  ETF: 'etf',
  ETN: 'etf',
  ETV: 'etf',
  ETS: 'etf',
  FUND: 'fund',
  INDEX: 'index',
};

/** Polygon markets that are a kind by themselves. */
const KIND_OF_MARKET: Readonly<Record<string, string>> = { crypto: 'crypto', fx: 'fx', indices: 'index' };

/** The matches in a `/v3/reference/tickers?search=` answer, in Polygon's order. */
export function readPolygonSearch(client: JsonHttpClient, query: string, body: unknown): SymbolMatch[] {
  const reader = client.reader(`search for "${query}"`);
  return reader.optionalArrayField(reader.object(body, ''), 'results', '').map((value, i) => {
    const at = `results[${i}]`;
    const row = reader.object(value, at);
    const type = reader.optionalString(row, 'type', at);
    const market = reader.optionalString(row, 'market', at);
    return {
      symbol: reader.string(row, 'ticker', at),
      name: reader.string(row, 'name', at),
      exchange: reader.optionalString(row, 'primary_exchange', at),
      type: (market === null ? undefined : KIND_OF_MARKET[market]) ?? (type === null ? undefined : KIND_OF_TYPE[type]) ?? null,
    };
  });
}
