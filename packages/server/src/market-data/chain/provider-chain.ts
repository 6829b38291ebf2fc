import type { AnalystRatingChange, EarningsReport, OptionsChain } from '@goldensignals/engine';
import type { BarRepository } from '../../storage/repositories/bar-repository.js';
import type { BarRequest } from '../bar-request.js';
import type { EarningsCallTranscript } from '../earnings-call-transcript.js';
import type { Fundamentals } from '../fundamentals.js';
import type { MarketDataProvider, ProviderCapability } from '../market-data-provider.js';
import type { NewsArticle } from '../news-article.js';
import type { Quote } from '../quote.js';
import type { SymbolMatch } from '../symbol-match.js';
import { BarCache } from './bar-cache.js';
import { systemClock } from './chain-clock.js';
import { checkBarRequest, checkLimit, checkSymbol } from './check-market-data-request.js';
import { checkProviderBars, checkProviderQuote } from './check-provider-answer.js';
import { describeBarRequest } from './describe-bar-request.js';
import { MarketDataUnavailableError } from './market-data-unavailable-error.js';
import { ProviderFallback, type ProviderCircuitState, type ProviderFallbackOptions } from './provider-fallback.js';
import { QuoteCache } from './quote-cache.js';
import { SingleFlight } from './single-flight.js';
import type { BarsResult, SourcedData } from './sourced-data.js';

/** The simulator's provider id: bars stored under it are simulated even when it is no longer in the chain. */
const SIMULATOR_SOURCE = 'simulator';

/** Most news articles one call may ask for. */
export const MAX_NEWS_LIMIT = 100;

/** Options of {@link ProviderChain}: the fallback's, plus the bar cache and the quote cache. */
export interface ProviderChainOptions extends ProviderFallbackOptions {
  /** Where bars are cached (the `bars` table and its coverage). */
  readonly barRepository: BarRepository;
  /** Quotes younger than this are answered from memory; default 3 s. */
  readonly quoteTtlMs?: number;
  /** When every provider fails, quotes up to this old are answered flagged stale; default 15 min. */
  readonly quoteMaxStaleMs?: number;
}

/**
 * Market data from an ordered list of providers: each behind a rate limiter, retries, a circuit breaker
 * and a timeout; bars cached in the database so only missing ranges are fetched; quotes cached briefly.
 * Every answer says which provider it came from, whether it is simulated, and whether it is stale.
 */
export class ProviderChain {
  private readonly fallback: ProviderFallback;
  private readonly barCache: BarCache;
  private readonly quotes: QuoteCache;
  private readonly barFlights = new SingleFlight<BarsResult>();
  private readonly quoteFlights = new SingleFlight<SourcedData<Quote>>();
  private readonly simulatedSources: ReadonlySet<string>;

  constructor(options: ProviderChainOptions) {
    const clock = options.clock ?? systemClock;
    this.fallback = new ProviderFallback({ ...options, clock });
    this.simulatedSources = new Set([SIMULATOR_SOURCE, ...options.providers.filter((provider) => provider.simulated).map((provider) => provider.id)]);
    this.quotes = new QuoteCache({ ttlMs: options.quoteTtlMs ?? 3_000, maxStaleMs: options.quoteMaxStaleMs ?? 15 * 60_000, maxEntries: 10_000 }, clock);
    this.barCache = new BarCache({
      repository: options.barRepository,
      clock,
      fetchBars: (request) =>
        this.fallback.run('bars', describeBarRequest(request), (provider, signal) => provider.bars(request, signal).then((bars) => checkProviderBars(provider.id, request, bars))),
      isSimulated: (source) => this.simulatedSources.has(source),
    });
  }

  /** The providers in fallback order. */
  get providers(): readonly MarketDataProvider[] {
    return this.fallback.providers;
  }

  /** Every provider's circuit breaker state, in chain order. */
  circuitStates(): ProviderCircuitState[] {
    return this.fallback.circuitStates();
  }

  /**
   * Bars whose start lies in [`from`, `to`): cached bars plus the missing ranges fetched from the chain.
   * Identical concurrent requests share one fetch; `signal` only stops this caller waiting.
   */
  async bars(request: BarRequest, signal?: AbortSignal): Promise<BarsResult> {
    const { symbol, timeframe, from, to } = checkBarRequest(request);
    return this.barFlights.run(JSON.stringify([symbol, timeframe, from, to]), () => this.barCache.bars({ symbol, timeframe, from, to }), signal);
  }

  /** The latest quote, from memory when fetched within the TTL; the last known one, flagged stale, during an outage. */
  async quote(symbol: string, signal?: AbortSignal): Promise<SourcedData<Quote>> {
    checkSymbol(symbol);
    return this.quotes.fresh(symbol) ?? this.quoteFlights.run(symbol, () => this.fetchQuote(symbol), signal);
  }

  /** Symbols matching a query. */
  async search(query: string, signal?: AbortSignal): Promise<SourcedData<SymbolMatch[]>> {
    checkSymbol(query, 'query');
    return this.ask('search', `search "${query}"`, (provider, callSignal) => provider.search?.(query, callSignal), signal);
  }

  /** Recent news about a symbol, newest first, at most `limit` (1–100). */
  async news(symbol: string, limit: number, signal?: AbortSignal): Promise<SourcedData<NewsArticle[]>> {
    checkSymbol(symbol);
    checkLimit(limit, MAX_NEWS_LIMIT);
    return this.ask('news', `news ${symbol}`, (provider, callSignal) => provider.news?.(symbol, limit, callSignal), signal);
  }

  /** The option chain of an underlying. */
  async optionsChain(symbol: string, signal?: AbortSignal): Promise<SourcedData<OptionsChain>> {
    checkSymbol(symbol);
    return this.ask('optionsChain', `options chain ${symbol}`, (provider, callSignal) => provider.optionsChain?.(symbol, callSignal), signal);
  }

  /** Company facts and valuation figures. */
  async fundamentals(symbol: string, signal?: AbortSignal): Promise<SourcedData<Fundamentals>> {
    checkSymbol(symbol);
    return this.ask('fundamentals', `fundamentals ${symbol}`, (provider, callSignal) => provider.fundamentals?.(symbol, callSignal), signal);
  }

  /** Past earnings reports, oldest first. */
  async earnings(symbol: string, signal?: AbortSignal): Promise<SourcedData<EarningsReport[]>> {
    checkSymbol(symbol);
    return this.ask('earnings', `earnings ${symbol}`, (provider, callSignal) => provider.earnings?.(symbol, callSignal), signal);
  }

  /** Analyst upgrades, downgrades and initiations, oldest first. */
  async analystRatings(symbol: string, signal?: AbortSignal): Promise<SourcedData<AnalystRatingChange[]>> {
    checkSymbol(symbol);
    return this.ask('analystRatings', `analyst ratings ${symbol}`, (provider, callSignal) => provider.analystRatings?.(symbol, callSignal), signal);
  }

  /** The earnings-call transcript of a fiscal quarter (`2024Q1`). */
  async earningsCallTranscript(symbol: string, quarter: string, signal?: AbortSignal): Promise<SourcedData<EarningsCallTranscript>> {
    checkSymbol(symbol);
    return this.ask('earningsCallTranscript', `earnings call ${symbol} ${quarter}`, (provider, callSignal) => provider.earningsCallTranscript?.(symbol, quarter, callSignal), signal);
  }

  private async ask<T>(
    method: ProviderCapability,
    operation: string,
    call: (provider: MarketDataProvider, signal: AbortSignal) => Promise<T> | undefined,
    signal: AbortSignal | undefined,
  ): Promise<SourcedData<T>> {
    const { value, provider } = await this.fallback.run(method, operation, call, signal);
    return { data: value, source: provider.id, simulated: provider.simulated, stale: false };
  }

  private async fetchQuote(symbol: string): Promise<SourcedData<Quote>> {
    try {
      const { value, provider } = await this.fallback.run('quote', `quote ${symbol}`, (candidate, signal) =>
        candidate.quote(symbol, signal).then((quote) => checkProviderQuote(candidate.id, symbol, quote)),
      );
      const answer: SourcedData<Quote> = { data: value, source: provider.id, simulated: provider.simulated || value.simulated, stale: false };
      this.quotes.store(symbol, answer);
      return answer;
    } catch (error) {
      // A symbol every provider calls unknown gets no stale price; an outage does.
      if (!(error instanceof MarketDataUnavailableError) || error.notFound) throw error;
      const last = this.quotes.lastKnown(symbol);
      if (last === undefined) throw error;
      return { ...last.answer, stale: true, staleReason: `last quote, fetched ${Math.round(last.ageMs / 1000)} s ago: ${error.message}` };
    }
  }
}
