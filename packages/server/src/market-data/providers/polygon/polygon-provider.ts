import type { Bar } from '@goldensignals/engine';
import type { BarRequest } from '../../bar-request.js';
import type { Fundamentals } from '../../fundamentals.js';
import type { MarketDataProvider } from '../../market-data-provider.js';
import type { NewsArticle } from '../../news-article.js';
import { ProviderError } from '../../provider-error.js';
import type { Quote } from '../../quote.js';
import type { SymbolMatch } from '../../symbol-match.js';
import { checkBarRequest } from '../http/check-bar-request.js';
import { fourHourBarsFromHours } from '../http/four-hour-bars.js';
import { DEFAULT_TIMEOUT_MS, requireApiKey, type HttpProviderOptions } from '../http/http-provider-options.js';
import { JsonHttpClient } from '../http/json-http-client.js';
import { fetchPolygonBars } from './polygon-bars.js';
import { readPolygonFinancials, type PolygonFinancialPeriod } from './polygon-financials.js';
import { polygonFundamentals } from './polygon-fundamentals.js';
import { readPolygonNews } from './polygon-news.js';
import { readPolygonPreviousClose, readPolygonSnapshot } from './polygon-quote.js';
import { polygonReportedQuarters, type PolygonReportedQuarter } from './polygon-reported-quarters.js';
import { readPolygonSearch } from './polygon-search.js';
import { readPolygonTickerDetails } from './polygon-ticker-details.js';

/** Polygon's REST host. */
export const POLYGON_BASE_URL = 'https://api.polygon.io';
/** Largest `limit` of the news and tickers endpoints. */
const MAX_LIMIT = 1_000;
const SEARCH_LIMIT = 20;
/** Quarters of financials asked for: five years, on one page. */
const QUARTERS = 20;

/**
 * Polygon.io (stocks): aggregates for bars, the ticker snapshot for quotes (the previous close on
 * plans without snapshots), ticker search, news, and fundamentals from the ticker details and the
 * SEC-filing financials. There is no `earnings`: the engine's reports need a consensus estimate,
 * which Polygon's financials do not have; {@link reportedQuarters} gives the filed figures. The key
 * travels in the `Authorization: Bearer` header Polygon accepts, so it never appears in a URL.
 */
export class PolygonProvider implements MarketDataProvider {
  readonly id = 'polygon';
  readonly simulated = false;
  /** The free ("Basic") plan allows 5 API calls per minute. */
  readonly rateLimit = { requests: 5, perMs: 60_000 };
  private readonly client: JsonHttpClient;
  /** False once Polygon refused a snapshot: the plan has none, so quotes go straight to the previous close. */
  private snapshotAllowed = true;

  constructor(options: HttpProviderOptions) {
    const apiKey = requireApiKey(this.id, options);
    this.client = new JsonHttpClient({
      provider: this.id,
      baseUrl: options.baseUrl ?? POLYGON_BASE_URL,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      headers: { authorization: `Bearer ${apiKey}` },
      secrets: [apiKey],
      now: options.now,
    });
  }

  /** Bars from the aggregates endpoint; 4h is aggregated from 1h bars. */
  async bars(request: BarRequest, signal?: AbortSignal): Promise<Bar[]> {
    checkBarRequest(this.client, request);
    if (request.from >= request.to) return [];
    const { timeframe } = request;
    if (timeframe === '4h') return fourHourBarsFromHours(request, (hours) => this.bars(hours, signal));
    return fetchPolygonBars(this.client, { ...request, timeframe }, signal);
  }

  /** The snapshot's last trade; the previous close when the plan has no snapshots or no trade happened yet today. */
  async quote(symbol: string, signal?: AbortSignal): Promise<Quote> {
    const what = `quote of ${symbol}`;
    const ticker = encodeURIComponent(symbol);
    if (this.snapshotAllowed) {
      try {
        const body = await this.client.getJson({ path: `/v2/snapshot/locale/us/markets/stocks/tickers/${ticker}`, what, signal });
        const quote = readPolygonSnapshot(this.client, symbol, body);
        if (quote !== undefined) return quote;
      } catch (error) {
        if (!(error instanceof ProviderError && error.status === 403)) throw error;
        this.snapshotAllowed = false;
      }
    }
    const body = await this.client.getJson({ path: `/v2/aggs/ticker/${ticker}/prev`, query: { adjusted: 'true' }, what, signal });
    return readPolygonPreviousClose(this.client, symbol, body);
  }

  /** Active tickers whose symbol or name matches `query`. */
  async search(query: string, signal?: AbortSignal): Promise<SymbolMatch[]> {
    const body = await this.client.getJson({
      path: '/v3/reference/tickers',
      query: { search: query, active: 'true', limit: SEARCH_LIMIT },
      what: `search for "${query}"`,
      signal,
    });
    return readPolygonSearch(this.client, query, body);
  }

  /** The latest articles Polygon tags with `symbol`. */
  async news(symbol: string, limit: number, signal?: AbortSignal): Promise<NewsArticle[]> {
    const what = `news of ${symbol}`;
    if (!Number.isInteger(limit) || limit < 1) throw this.client.error('bad-request', what, `limit must be a positive integer, got ${limit}`);
    const body = await this.client.getJson({
      path: '/v2/reference/news',
      query: { ticker: symbol, limit: Math.min(limit, MAX_LIMIT), order: 'desc', sort: 'published_utc' },
      what,
      signal,
    });
    return readPolygonNews(this.client, symbol, limit, body);
  }

  /** Ticker details, and for companies the latest trailing-twelve-months financials; funds and non-stock tickers file none, so they cost one call. */
  async fundamentals(symbol: string, signal?: AbortSignal): Promise<Fundamentals> {
    const what = `fundamentals of ${symbol}`;
    const body = await this.client.getJson({ path: `/v3/reference/tickers/${encodeURIComponent(symbol)}`, what, signal });
    const details = readPolygonTickerDetails(this.client, symbol, what, body);
    if (!details.filesFinancials) return polygonFundamentals(symbol, details, undefined);
    const [trailing] = await this.financials(symbol, 'ttm', 1, what, signal);
    return polygonFundamentals(symbol, details, trailing);
  }

  /**
   * The filed quarters of the last five years, oldest first: EPS and revenue without estimates (not
   * `earnings`, see the class comment). Most companies file no 10-Q for their fourth quarter, so it
   * may be missing.
   */
  async reportedQuarters(symbol: string, signal?: AbortSignal): Promise<PolygonReportedQuarter[]> {
    const what = `earnings of ${symbol}`;
    const periods = await this.financials(symbol, 'quarterly', QUARTERS, what, signal);
    return polygonReportedQuarters(this.client, symbol, what, periods);
  }

  /** The newest `limit` periods of `timeframe` (by period end) from `/vX/reference/financials`. */
  private async financials(symbol: string, timeframe: 'ttm' | 'quarterly', limit: number, what: string, signal: AbortSignal | undefined): Promise<PolygonFinancialPeriod[]> {
    const body = await this.client.getJson({
      path: '/vX/reference/financials',
      query: { ticker: symbol, timeframe, order: 'desc', sort: 'period_of_report_date', limit },
      what,
      signal,
    });
    return readPolygonFinancials(this.client, what, body);
  }
}
