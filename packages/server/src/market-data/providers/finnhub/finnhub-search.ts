import type { SymbolMatch } from '../../symbol-match.js';
import type { JsonHttpClient } from '../http/json-http-client.js';

/** Finnhub security types that are one of our kinds. */
const KIND_OF_TYPE: Readonly<Record<string, string>> = {
  'Common Stock': 'equity',
  ADR: 'equity',
  GDR: 'equity',
  NVDR: 'equity',
  REIT: 'equity',
  'Preferred Stock': 'equity',
  ETP: 'etf',
  ETF: 'etf',
  'Closed-End Fund': 'fund',
  'Open-End Fund': 'fund',
};

/** The matches of a `/search?q=` answer in Finnhub's order; Finnhub names no exchange, so `exchange` is null. */
export function readFinnhubSearch(client: JsonHttpClient, query: string, body: unknown): SymbolMatch[] {
  const reader = client.reader(`search for "${query}"`);
  return reader.arrayField(reader.object(body, ''), 'result', '').map((value, i) => {
    const at = `result[${i}]`;
    const row = reader.object(value, at);
    const type = reader.optionalString(row, 'type', at);
    return {
      symbol: reader.string(row, 'symbol', at),
      name: reader.string(row, 'description', at),
      exchange: null,
      type: (type === null ? undefined : KIND_OF_TYPE[type]) ?? null,
    };
  });
}
