import type { Bar, EarningsReport } from '@goldensignals/engine';
import type { BarRequest } from '../../bar-request.js';
import { FISCAL_QUARTER, type EarningsCallTranscript } from '../../earnings-call-transcript.js';
import type { Fundamentals } from '../../fundamentals.js';
import type { MarketDataProvider } from '../../market-data-provider.js';
import type { NewsArticle } from '../../news-article.js';
import type { Quote } from '../../quote.js';
import type { SymbolMatch } from '../../symbol-match.js';
import { checkBarRequest } from '../http/check-bar-request.js';
import { fourHourBarsFromHours } from '../http/four-hour-bars.js';
import { DEFAULT_TIMEOUT_MS, requireApiKey, type HttpProviderOptions } from '../http/http-provider-options.js';
import { JsonHttpClient } from '../http/json-http-client.js';
import { fetchAlphaVantageBars } from './alpha-vantage-bars.js';
import { readAlphaVantageEarnings } from './alpha-vantage-earnings.js';
import { readAlphaVantageOverview } from './alpha-vantage-fundamentals.js';
import { readAlphaVantageNews } from './alpha-vantage-news.js';
import { readAlphaVantageQuote } from './alpha-vantage-quote.js';
import { readAlphaVantageSearch } from './alpha-vantage-search.js';
import { readAlphaVantageTranscript } from './alpha-vantage-transcript.js';

/** Alpha Vantage's host; every function is a GET of `/query`. */
export const ALPHA_VANTAGE_BASE_URL = 'https://www.alphavantage.co';
/** Largest `limit` of NEWS_SENTIMENT. */
const MAX_NEWS = 1_000;

/**
 * Alpha Vantage: TIME_SERIES_INTRADAY / DAILY / WEEKLY for bars, GLOBAL_QUOTE, SYMBOL_SEARCH,
 * NEWS_SENTIMENT, OVERVIEW (fundamentals), EARNINGS and EARNINGS_CALL_TRANSCRIPT. The key must travel as the `apikey` query
 * parameter (Alpha Vantage accepts no header), so every message is redacted.
 */
export class AlphaVantageProvider implements MarketDataProvider {
  readonly id = 'alphavantage';
  readonly simulated = false;
  /** The free key allows 25 requests per day. */
  readonly rateLimit = { requests: 25, perMs: 86_400_000 };
  private readonly client: JsonHttpClient;
  private readonly now: () => number;

  constructor(options: HttpProviderOptions) {
    const apiKey = requireApiKey(this.id, options);
    this.now = options.now ?? Date.now;
    this.client = new JsonHttpClient({
      provider: this.id,
      baseUrl: options.baseUrl ?? ALPHA_VANTAGE_BASE_URL,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      query: { apikey: apiKey },
      secrets: [apiKey],
      now: this.now,
    });
  }

  /** Bars from the TIME_SERIES_* functions; 4h is aggregated from 60min bars. */
  async bars(request: BarRequest, signal?: AbortSignal): Promise<Bar[]> {
    checkBarRequest(this.client, request);
    if (request.from >= request.to) return [];
    const { timeframe } = request;
    if (timeframe === '4h') return fourHourBarsFromHours(request, (hours) => this.bars(hours, signal));
    return fetchAlphaVantageBars(this.client, { ...request, timeframe }, this.now(), signal);
  }

  /** GLOBAL_QUOTE. */
  async quote(symbol: string, signal?: AbortSignal): Promise<Quote> {
    const body = await this.get({ function: 'GLOBAL_QUOTE', symbol }, `quote of ${symbol}`, signal);
    return readAlphaVantageQuote(this.client, symbol, body, this.now());
  }

  /** SYMBOL_SEARCH. */
  async search(query: string, signal?: AbortSignal): Promise<SymbolMatch[]> {
    const body = await this.get({ function: 'SYMBOL_SEARCH', keywords: query }, `search for "${query}"`, signal);
    return readAlphaVantageSearch(this.client, query, body);
  }

  /** NEWS_SENTIMENT for the ticker, latest first. */
  async news(symbol: string, limit: number, signal?: AbortSignal): Promise<NewsArticle[]> {
    const what = `news of ${symbol}`;
    if (!Number.isInteger(limit) || limit < 1) throw this.client.error('bad-request', what, `limit must be a positive integer, got ${limit}`);
    const body = await this.get({ function: 'NEWS_SENTIMENT', tickers: symbol, sort: 'LATEST', limit: String(Math.min(limit, MAX_NEWS)) }, what, signal);
    return readAlphaVantageNews(this.client, symbol, limit, body);
  }

  /** OVERVIEW. */
  async fundamentals(symbol: string, signal?: AbortSignal): Promise<Fundamentals> {
    const body = await this.get({ function: 'OVERVIEW', symbol }, `fundamentals of ${symbol}`, signal);
    return readAlphaVantageOverview(this.client, symbol, body);
  }

  /** EARNINGS (quarterly). */
  async earnings(symbol: string, signal?: AbortSignal): Promise<EarningsReport[]> {
    const body = await this.get({ function: 'EARNINGS', symbol }, `earnings of ${symbol}`, signal);
    return readAlphaVantageEarnings(this.client, symbol, body);
  }

  /** EARNINGS_CALL_TRANSCRIPT of a fiscal quarter (`2024Q1`). */
  async earningsCallTranscript(symbol: string, quarter: string, signal?: AbortSignal): Promise<EarningsCallTranscript> {
    const what = `earnings call of ${symbol} ${quarter}`;
    if (!FISCAL_QUARTER.test(quarter)) throw this.client.error('bad-request', what, `quarter must be a fiscal quarter such as 2024Q1, got "${quarter}"`);
    const body = await this.get({ function: 'EARNINGS_CALL_TRANSCRIPT', symbol, quarter }, what, signal);
    return readAlphaVantageTranscript(this.client, symbol, quarter, body);
  }

  private get(query: Readonly<Record<string, string>>, what: string, signal: AbortSignal | undefined): Promise<unknown> {
    return this.client.getJson({ path: '/query', query, what, signal });
  }
}
