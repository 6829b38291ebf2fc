import type { AnalystRatingChange, Bar, EarningsReport, OptionsChain } from '@goldensignals/engine';
import YahooFinance from 'yahoo-finance2';
import { ExtendedCookieJar } from 'yahoo-finance2/lib/cookieJar';
import type { BarRequest } from '../../bar-request.js';
import type { Fundamentals } from '../../fundamentals.js';
import type { MarketDataProvider } from '../../market-data-provider.js';
import type { NewsArticle } from '../../news-article.js';
import { ProviderError } from '../../provider-error.js';
import type { Quote } from '../../quote.js';
import type { SymbolMatch } from '../../symbol-match.js';
import { ANALYST_RATING_MODULES, analystRatingsFromYahoo } from './analyst-ratings-from-yahoo.js';
import { EARNINGS_MODULES, earningsFromYahoo } from './earnings-from-yahoo.js';
import { FUNDAMENTALS_MODULES, fundamentalsFromYahoo } from './fundamentals-from-yahoo.js';
import { optionsChainFromYahoo } from './options-chain-from-yahoo.js';
import { quoteFromYahoo } from './quote-from-yahoo.js';
import { newsFromYahoo, symbolMatchesFromYahoo } from './search-from-yahoo.js';
import { YahooChartBars, type YahooClient } from './yahoo-chart-bars.js';
import { yahooHttpFetch } from './yahoo-http-fetch.js';
import { yahooProviderError } from './yahoo-provider-error.js';

/** Options of {@link YahooProvider}. */
export interface YahooProviderOptions {
  /** HTTP client; default the global `fetch`. Tests pass a replay of recorded answers. */
  readonly fetch?: typeof fetch;
  /** Annual risk-free rate put on option chains, which Yahoo does not give; default NaN (unknown). */
  readonly riskFreeRate?: number;
  /** Receives yahoo-finance2's warnings and what the adapter left out of an answer. */
  readonly onWarning?: (message: string) => void;
}

/** Search hits asked of Yahoo. */
const SEARCH_RESULTS = 10;

/**
 * Yahoo Finance through yahoo-finance2 (id `yahoo`, no key): bars (chart), quote, search, news (the
 * search endpoint's articles), option chain (nearest expiry), fundamentals, earnings and analyst
 * ratings (quoteSummary). quoteSummary answers are read without the library's schema, which lists
 * as required fields Yahoo adds and drops over time that we do not use; the fields read are checked
 * one by one instead. Each provider keeps its own cookie jar (Yahoo's consent cookies and crumb).
 */
export class YahooProvider implements MarketDataProvider {
  readonly id = 'yahoo';
  readonly simulated = false;
  // Unofficial API with no published budget; about one request a second stays clear of its 429s.
  readonly rateLimit = { requests: 60, perMs: 60_000 };
  private readonly client: YahooClient;
  private readonly chartBars: YahooChartBars;
  private readonly riskFreeRate: number;
  private readonly warn: (message: string) => void;

  constructor(options: YahooProviderOptions = {}) {
    this.warn = options.onWarning ?? (() => undefined);
    this.riskFreeRate = options.riskFreeRate ?? NaN;
    const inner = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const ignore = (): void => undefined;
    const forward = (...args: unknown[]): void => this.warn(`yahoo-finance2: ${args.map(String).join(' ')}`);
    this.client = new YahooFinance({
      fetch: yahooHttpFetch(this.id, inner),
      cookieJar: new ExtendedCookieJar(),
      versionCheck: false,
      suppressNotices: ['yahooSurvey'],
      validation: { logErrors: false, logOptionsErrors: false },
      logger: { info: ignore, debug: ignore, dir: ignore, warn: forward, error: forward },
    });
    this.chartBars = new YahooChartBars(this.client);
  }

  async bars(request: BarRequest, signal?: AbortSignal): Promise<Bar[]> {
    const { symbol, timeframe, from, to } = request;
    if (!(from <= to)) throw new ProviderError(this.id, 'bad-request', `bars of ${symbol}: from (${from}) must not be after to (${to})`);
    return await this.call(`${timeframe} bars of ${symbol}`, signal, () => this.chartBars.bars(request, signal));
  }

  quote(symbol: string, signal?: AbortSignal): Promise<Quote> {
    return this.call(`quote of ${symbol}`, signal, async () => {
      const quotes = await this.client.quote([symbol], { return: 'array' }, { fetchOptions: { signal } });
      const quote = quotes.find((candidate) => candidate.symbol.toUpperCase() === symbol.toUpperCase());
      if (!quote) throw new ProviderError(this.id, 'not-found', `Yahoo has no quote for ${symbol}`);
      return quoteFromYahoo(this.id, quote);
    });
  }

  search(query: string, signal?: AbortSignal): Promise<SymbolMatch[]> {
    return this.call(`search for "${query}"`, signal, async () => {
      const result = await this.client.search(query, { quotesCount: SEARCH_RESULTS, newsCount: 0 }, { fetchOptions: { signal } });
      return symbolMatchesFromYahoo(result);
    });
  }

  async news(symbol: string, limit: number, signal?: AbortSignal): Promise<NewsArticle[]> {
    if (!Number.isInteger(limit) || limit < 1) throw new ProviderError(this.id, 'bad-request', `news of ${symbol}: limit must be a positive integer, got ${limit}`);
    return await this.call(`news of ${symbol}`, signal, async () => {
      const result = await this.client.search(symbol, { quotesCount: 0, newsCount: limit }, { fetchOptions: { signal } });
      return newsFromYahoo(this.id, symbol, result.news, limit);
    });
  }

  optionsChain(symbol: string, signal?: AbortSignal): Promise<OptionsChain> {
    return this.call(`options of ${symbol}`, signal, async () => {
      const result = await this.client.options(symbol, {}, { fetchOptions: { signal } });
      return optionsChainFromYahoo(this.id, symbol, result, this.riskFreeRate);
    });
  }

  fundamentals(symbol: string, signal?: AbortSignal): Promise<Fundamentals> {
    return this.call(`fundamentals of ${symbol}`, signal, async () => fundamentalsFromYahoo(this.id, symbol, await this.summary(symbol, FUNDAMENTALS_MODULES, signal)));
  }

  earnings(symbol: string, signal?: AbortSignal): Promise<EarningsReport[]> {
    return this.call(`earnings of ${symbol}`, signal, async () => {
      const { reports, undated } = earningsFromYahoo(this.id, symbol, await this.summary(symbol, EARNINGS_MODULES, signal));
      if (undated.length > 0) this.warn(`earnings of ${symbol}: left out ${undated.join(', ')}: Yahoo gives no announcement date`);
      return reports;
    });
  }

  analystRatings(symbol: string, signal?: AbortSignal): Promise<AnalystRatingChange[]> {
    return this.call(`analyst ratings of ${symbol}`, signal, async () => {
      const { changes, skipped } = analystRatingsFromYahoo(this.id, symbol, await this.summary(symbol, ANALYST_RATING_MODULES, signal));
      if (skipped.length > 0) this.warn(`analyst ratings of ${symbol}: left out ${skipped.join(', ')}`);
      return changes;
    });
  }

  private summary(symbol: string, modules: readonly string[], signal?: AbortSignal): Promise<unknown> {
    // Typed as the library's module names; the lists above are a subset of them.
    const wanted = [...modules] as NonNullable<Parameters<YahooClient['quoteSummary']>[1]>['modules'];
    return this.client.quoteSummary(symbol, { modules: wanted }, { fetchOptions: { signal }, validateResult: false });
  }

  private async call<T>(what: string, signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw yahooProviderError(this.id, what, error, signal);
    }
  }
}
