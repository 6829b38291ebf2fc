import type { JsonHttpClient } from '../http/json-http-client.js';

/** Ticker types (`/v3/reference/tickers/types`) of funds and notes, which file no 10-Q or 10-K. */
const FUND_TYPES: ReadonlySet<string> = new Set(['ETF', 'ETN', 'ETV', 'ETS', 'FUND']);
/** Markets whose tickers can be companies filing with the SEC (not crypto, fx or indices). */
const COMPANY_MARKETS: ReadonlySet<string> = new Set(['stocks', 'otc']);

/** What this adapter uses of a `/v3/reference/tickers/{T}` answer. */
export interface PolygonTickerDetails {
  readonly name: string | null;
  /** SIC industry title (`ELECTRONIC COMPUTERS`), as Polygon sends it. */
  readonly sicDescription: string | null;
  /** Polygon's market cap: the last close times {@link weightedSharesOutstanding}. */
  readonly marketCap: number | null;
  /** Shares of all classes expressed in this class's shares. */
  readonly weightedSharesOutstanding: number | null;
  /** Upper case (`USD`); Polygon sends `usd`. */
  readonly currency: string | null;
  /** False for funds, notes and non-stock tickers, which have no financials to ask for. */
  readonly filesFinancials: boolean;
}

/**
 * The details in a `/v3/reference/tickers/{T}` answer. Polygon answers an unknown ticker with 404
 * (which the client reports as not-found); an answer without `results` means the same.
 */
export function readPolygonTickerDetails(client: JsonHttpClient, symbol: string, what: string, body: unknown): PolygonTickerDetails {
  const reader = client.reader(what);
  const root = reader.object(body, '');
  if (root.results === undefined || root.results === null) throw client.error('not-found', what, `Polygon has no details of ${symbol}; is the ticker right?`);
  const details = reader.objectField(root, 'results', '');
  const market = reader.optionalString(details, 'market', 'results');
  const type = reader.optionalString(details, 'type', 'results');
  return {
    name: reader.optionalString(details, 'name', 'results'),
    sicDescription: reader.optionalString(details, 'sic_description', 'results'),
    marketCap: reader.optionalNumber(details, 'market_cap', 'results'),
    weightedSharesOutstanding: reader.optionalNumber(details, 'weighted_shares_outstanding', 'results'),
    currency: reader.optionalString(details, 'currency_name', 'results')?.toUpperCase() ?? null,
    filesFinancials: market !== null && COMPANY_MARKETS.has(market) && !(type !== null && FUND_TYPES.has(type)),
  };
}
