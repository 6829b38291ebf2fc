import type { AnalystRatingChange, Bar, EarningsReport } from '@goldensignals/engine';
import type { BarRequest } from '../../bar-request.js';
import type { Fundamentals } from '../../fundamentals.js';
import type { MarketDataProvider } from '../../market-data-provider.js';
import type { NewsArticle } from '../../news-article.js';
import type { Quote } from '../../quote.js';
import type { SymbolMatch } from '../../symbol-match.js';
import { checkBarRequest } from '../http/check-bar-request.js';
import { fourHourBarsFromHours } from '../http/four-hour-bars.js';
import { DEFAULT_TIMEOUT_MS, requireApiKey, type HttpProviderOptions } from '../http/http-provider-options.js';
import { JsonHttpClient } from '../http/json-http-client.js';
import { readFinnhubAnalystRatings } from './finnhub-analyst-ratings.js';
import { fetchFinnhubBars } from './finnhub-bars.js';
import { readFinnhubEarnings } from './finnhub-earnings.js';
import { readFinnhubFundamentals } from './finnhub-fundamentals.js';
import { readFinnhubNews } from './finnhub-news.js';
import { readFinnhubQuote } from './finnhub-quote.js';
import { readFinnhubSearch } from './finnhub-search.js';

/** Finnhub's REST root. */
export const FINNHUB_BASE_URL = 'https://finnhub.io/api/v1';
const DAY = 86_400_000;
/** How far back company news is asked for; `limit` then keeps the newest. */
const NEWS_WINDOW_MS = 30 * DAY;
/** How far back the earnings calendar is asked for. */
const EARNINGS_WINDOW_MS = 5 * 365 * DAY;

function utcDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * Finnhub: `/stock/candle` bars, `/quote`, `/search`, `/company-news`, `/stock/profile2` +
 * `/stock/metric` fundamentals, `/calendar/earnings` earnings and `/stock/upgrade-downgrade` analyst
 * ratings. The key travels in the `X-Finnhub-Token` header, never in a URL.
 */
export class FinnhubProvider implements MarketDataProvider {
  readonly id = 'finnhub';
  readonly simulated = false;
  /** The free plan allows 60 API calls per minute. */
  readonly rateLimit = { requests: 60, perMs: 60_000 };
  private readonly client: JsonHttpClient;
  private readonly now: () => number;

  constructor(options: HttpProviderOptions) {
    const apiKey = requireApiKey(this.id, options);
    this.now = options.now ?? Date.now;
    this.client = new JsonHttpClient({
      provider: this.id,
      baseUrl: options.baseUrl ?? FINNHUB_BASE_URL,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      headers: { 'x-finnhub-token': apiKey },
      secrets: [apiKey],
      now: this.now,
    });
  }

  /** Candles; 4h is aggregated from 60-minute candles. */
  async bars(request: BarRequest, signal?: AbortSignal): Promise<Bar[]> {
    checkBarRequest(this.client, request);
    if (request.from >= request.to) return [];
    const { timeframe } = request;
    if (timeframe === '4h') return fourHourBarsFromHours(request, (hours) => this.bars(hours, signal));
    return fetchFinnhubBars(this.client, { ...request, timeframe }, signal);
  }

  /** `/quote`. */
  async quote(symbol: string, signal?: AbortSignal): Promise<Quote> {
    const body = await this.get('/quote', { symbol }, `quote of ${symbol}`, signal);
    return readFinnhubQuote(this.client, symbol, body);
  }

  /** `/search`. */
  async search(query: string, signal?: AbortSignal): Promise<SymbolMatch[]> {
    const body = await this.get('/search', { q: query }, `search for "${query}"`, signal);
    return readFinnhubSearch(this.client, query, body);
  }

  /** `/company-news` of the last 30 days, newest first. */
  async news(symbol: string, limit: number, signal?: AbortSignal): Promise<NewsArticle[]> {
    const what = `news of ${symbol}`;
    if (!Number.isInteger(limit) || limit < 1) throw this.client.error('bad-request', what, `limit must be a positive integer, got ${limit}`);
    const now = this.now();
    const body = await this.get('/company-news', { symbol, from: utcDate(now - NEWS_WINDOW_MS), to: utcDate(now) }, what, signal);
    return readFinnhubNews(this.client, symbol, limit, body);
  }

  /** `/stock/profile2` and `/stock/metric`, asked together. */
  async fundamentals(symbol: string, signal?: AbortSignal): Promise<Fundamentals> {
    const what = `fundamentals of ${symbol}`;
    const [profile, metric] = await Promise.all([
      this.get('/stock/profile2', { symbol }, what, signal),
      this.get('/stock/metric', { symbol, metric: 'all' }, what, signal),
    ]);
    return readFinnhubFundamentals(this.client, symbol, profile, metric);
  }

  /** `/calendar/earnings` of the last five years. */
  async earnings(symbol: string, signal?: AbortSignal): Promise<EarningsReport[]> {
    const now = this.now();
    const body = await this.get('/calendar/earnings', { symbol, from: utcDate(now - EARNINGS_WINDOW_MS), to: utcDate(now) }, `earnings of ${symbol}`, signal);
    return readFinnhubEarnings(this.client, symbol, body);
  }

  /** `/stock/upgrade-downgrade`. */
  async analystRatings(symbol: string, signal?: AbortSignal): Promise<AnalystRatingChange[]> {
    const body = await this.get('/stock/upgrade-downgrade', { symbol }, `analyst ratings of ${symbol}`, signal);
    return readFinnhubAnalystRatings(this.client, symbol, body);
  }

  private get(path: string, query: Readonly<Record<string, string>>, what: string, signal: AbortSignal | undefined): Promise<unknown> {
    return this.client.getJson({ path, query, what, signal });
  }
}
