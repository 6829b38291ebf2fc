import { isTimeframe, TIMEFRAMES, type Bar, type OptionsChain } from '@goldensignals/engine';
import type { BarRequest } from '../bar-request.js';
import type { Fundamentals } from '../fundamentals.js';
import type { MarketDataProvider } from '../market-data-provider.js';
import type { NewsArticle } from '../news-article.js';
import { ProviderError } from '../provider-error.js';
import type { Quote } from '../quote.js';
import type { SymbolMatch } from '../symbol-match.js';
import { simulatedFundamentals } from './simulated-fundamentals.js';
import { simulatedNews } from './simulated-news.js';
import { simulatedOptionsChain } from './simulated-options-chain.js';
import { simulatedQuote } from './simulated-quote.js';
import { simulatedSearch } from './simulated-search.js';
import { symbolProfileOf, type SymbolProfile } from './symbol-profile.js';
import { SymbolSimulation } from './symbol-simulation.js';

/** Options of {@link MarketSimulator}. */
export interface MarketSimulatorOptions {
  /** Seed of the simulated market; the same seed gives the same market everywhere. Default 1. */
  readonly seed?: number;
  /** The clock (epoch ms); nothing after it exists. Default `Date.now`. */
  readonly now?: () => number;
  /** How many symbols' simulations to keep in memory. Default 64. */
  readonly cachedSymbols?: number;
}

const ID = 'simulator';
const BEFORE_HISTORY = 'has no simulated history before 2000-01-01';

function profileOrBadRequest(symbol: string): SymbolProfile {
  try {
    return symbolProfileOf(symbol);
  } catch (error) {
    throw new ProviderError(ID, 'bad-request', error instanceof Error ? error.message : String(error), { cause: error });
  }
}

/**
 * The built-in market simulator: deterministic, realistic OHLCV for any symbol and timeframe, with
 * quotes, news, option chains, fundamentals and search, so the product works offline. A bar is a pure
 * function of (seed, symbol, timeframe, bar time); timeframes agree with each other; sessions follow
 * the market calendar; nothing after `now()` exists and the bar forming at `now()` is returned so far.
 * Everything it returns is labelled simulated. Failures are `ProviderError`s (`bad-request` for a
 * malformed request, `not-found` before 2000-01-01); an aborted signal rejects with its reason.
 */
export class MarketSimulator implements MarketDataProvider {
  readonly id = ID;
  readonly simulated = true;
  /** Local computation: the budget only guards against runaway callers. */
  readonly rateLimit = { requests: 10_000, perMs: 1_000 };
  readonly seed: number;
  private readonly clock: () => number;
  private readonly cachedSymbols: number;
  private readonly simulations = new Map<string, SymbolSimulation>();

  constructor(options: MarketSimulatorOptions = {}) {
    const seed = options.seed ?? 1;
    if (!Number.isSafeInteger(seed)) throw new RangeError(`simulator seed must be a safe integer, got ${seed}`);
    const cachedSymbols = options.cachedSymbols ?? 64;
    if (!Number.isInteger(cachedSymbols) || cachedSymbols < 1) throw new RangeError(`simulator cachedSymbols must be an integer >= 1, got ${cachedSymbols}`);
    this.seed = seed;
    this.clock = options.now ?? Date.now;
    this.cachedSymbols = cachedSymbols;
  }

  /** The simulator's current time (epoch ms). */
  now(): number {
    return this.clock();
  }

  /** The simulation of a symbol, for the live feed and tests; throws a `bad-request` ProviderError for a malformed symbol. */
  simulationOf(symbol: string): SymbolSimulation {
    const profile = profileOrBadRequest(symbol);
    const cached = this.simulations.get(profile.symbol);
    if (cached) {
      this.simulations.delete(profile.symbol);
      this.simulations.set(profile.symbol, cached);
      return cached;
    }
    const simulation = new SymbolSimulation(profile, this.seed);
    this.simulations.set(profile.symbol, simulation);
    if (this.simulations.size > this.cachedSymbols) this.simulations.delete(this.simulations.keys().next().value ?? profile.symbol);
    return simulation;
  }

  async bars(request: BarRequest, signal?: AbortSignal): Promise<Bar[]> {
    signal?.throwIfAborted();
    if (!isTimeframe(request.timeframe)) {
      throw new ProviderError(ID, 'bad-request', `timeframe "${String(request.timeframe)}" is not one of ${TIMEFRAMES.join(', ')}`);
    }
    for (const field of ['from', 'to'] as const) {
      if (!Number.isFinite(request[field])) throw new ProviderError(ID, 'bad-request', `${field} must be a finite epoch-ms time, got ${request[field]}`);
    }
    if (request.from >= request.to) {
      throw new ProviderError(ID, 'bad-request', `from (${new Date(request.from).toISOString()}) must be before to (${new Date(request.to).toISOString()})`);
    }
    return this.simulationOf(request.symbol).bars(request.timeframe, request.from, request.to, this.clock());
  }

  async quote(symbol: string, signal?: AbortSignal): Promise<Quote> {
    signal?.throwIfAborted();
    const quote = simulatedQuote(this.simulationOf(symbol), this.clock());
    if (quote === null) throw new ProviderError(ID, 'not-found', `${symbol} ${BEFORE_HISTORY}`);
    return quote;
  }

  async search(query: string, signal?: AbortSignal): Promise<SymbolMatch[]> {
    signal?.throwIfAborted();
    if (query.trim() === '') throw new ProviderError(ID, 'bad-request', 'search query is empty');
    return simulatedSearch(query);
  }

  async news(symbol: string, limit: number, signal?: AbortSignal): Promise<NewsArticle[]> {
    signal?.throwIfAborted();
    if (!Number.isInteger(limit) || limit < 1) throw new ProviderError(ID, 'bad-request', `news limit must be an integer >= 1, got ${limit}`);
    return simulatedNews(this.simulationOf(symbol), this.seed, this.clock(), limit);
  }

  async optionsChain(symbol: string, signal?: AbortSignal): Promise<OptionsChain> {
    signal?.throwIfAborted();
    const chain = simulatedOptionsChain(this.simulationOf(symbol), this.seed, this.clock());
    if (chain === null) throw new ProviderError(ID, 'not-found', `${symbol} ${BEFORE_HISTORY}`);
    return chain;
  }

  async fundamentals(symbol: string, signal?: AbortSignal): Promise<Fundamentals> {
    signal?.throwIfAborted();
    const fundamentals = simulatedFundamentals(this.simulationOf(symbol), this.clock());
    if (fundamentals === null) throw new ProviderError(ID, 'not-found', `${symbol} ${BEFORE_HISTORY}`);
    return fundamentals;
  }
}
