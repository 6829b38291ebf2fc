import type { AnalystRatingChange, Bar, EarningsReport, OptionsChain } from '@goldensignals/engine';
import type { BarRequest } from './bar-request.js';
import type { EarningsCallTranscript } from './earnings-call-transcript.js';
import type { Fundamentals } from './fundamentals.js';
import type { NewsArticle } from './news-article.js';
import type { Quote } from './quote.js';
import type { SymbolMatch } from './symbol-match.js';

/**
 * One source of market data. Every provider has bars and quotes; the optional methods exist only
 * where the source has that data. Failures are thrown as `ProviderError` (never a bare Error, never
 * an empty or made-up answer), so the provider chain can tell a retryable outage from a bad symbol.
 * Every method takes an optional AbortSignal; a provider stops its HTTP work when it fires.
 */
export interface MarketDataProvider {
  /** Stable id used in config (`MARKET_DATA_PROVIDERS`), metrics, logs and the `source` of what it returns. */
  readonly id: string;
  /** True only for the built-in market simulator: everything it returns is labelled simulated. */
  readonly simulated: boolean;
  /** The source's documented request budget; the chain enforces it per provider. */
  readonly rateLimit: { readonly requests: number; readonly perMs: number };
  /**
   * Bars of `request.timeframe` whose start time lies in [`from`, `to`), ascending, without duplicates.
   * May include the bar still forming at the end; the chain drops bars that have not closed.
   * An empty array means the source has no bars there (a weekend, a holiday), not an error.
   */
  bars(request: BarRequest, signal?: AbortSignal): Promise<Bar[]>;
  /** The latest price of a symbol. */
  quote(symbol: string, signal?: AbortSignal): Promise<Quote>;
  search?(query: string, signal?: AbortSignal): Promise<SymbolMatch[]>;
  /** Recent articles about a symbol, newest first, at most `limit`. */
  news?(symbol: string, limit: number, signal?: AbortSignal): Promise<NewsArticle[]>;
  /** The option chain of an underlying: all contracts of the nearest expiries the source lists. */
  optionsChain?(symbol: string, signal?: AbortSignal): Promise<OptionsChain>;
  fundamentals?(symbol: string, signal?: AbortSignal): Promise<Fundamentals>;
  /** Past earnings reports, oldest first. */
  earnings?(symbol: string, signal?: AbortSignal): Promise<EarningsReport[]>;
  /** Analyst upgrades, downgrades and initiations, oldest first. */
  analystRatings?(symbol: string, signal?: AbortSignal): Promise<AnalystRatingChange[]>;
  /** The earnings-call transcript of a fiscal quarter (`2024Q1`). */
  earningsCallTranscript?(symbol: string, quarter: string, signal?: AbortSignal): Promise<EarningsCallTranscript>;
}

/** The optional capabilities of a provider, by method name. */
export type ProviderCapability = 'search' | 'news' | 'optionsChain' | 'fundamentals' | 'earnings' | 'analystRatings' | 'earningsCallTranscript';
