import type { Fundamentals } from '../../fundamentals.js';
import type { JsonHttpClient } from '../http/json-http-client.js';
import { alphaVantageBody } from './alpha-vantage-body.js';

/** The company overview (OVERVIEW) as fundamentals; `None` and `-` become null. An empty answer means an unknown symbol: not-found. */
export function readAlphaVantageOverview(client: JsonHttpClient, symbol: string, body: unknown): Fundamentals {
  const what = `fundamentals of ${symbol}`;
  const reader = client.reader(what);
  const root = alphaVantageBody(client, what, body, symbol);
  if (Object.keys(root).length === 0) throw client.error('not-found', what, `Alpha Vantage has no overview of ${symbol}; is the symbol right?`);
  const text = (key: string): string | null => {
    const value = reader.optionalString(root, key, '');
    return value === 'None' || value === '-' ? null : value;
  };
  return {
    symbol: reader.string(root, 'Symbol', ''),
    name: text('Name'),
    sector: text('Sector'),
    industry: text('Industry'),
    marketCap: reader.optionalDecimal(root, 'MarketCapitalization', ''),
    peRatio: reader.optionalDecimal(root, 'PERatio', ''),
    eps: reader.optionalDecimal(root, 'EPS', ''),
    // OVERVIEW already gives the yield as a fraction (0.0386 = 3.86 %).
    dividendYield: reader.optionalDecimal(root, 'DividendYield', ''),
    beta: reader.optionalDecimal(root, 'Beta', ''),
    fiftyTwoWeekHigh: reader.optionalDecimal(root, '52WeekHigh', ''),
    fiftyTwoWeekLow: reader.optionalDecimal(root, '52WeekLow', ''),
    source: 'alphavantage',
  };
}
