import type { SourcedData } from '../market-data/chain/sourced-data.js';
import type { NewsArticle } from '../market-data/news-article.js';
import { mapConcurrently } from '../support/map-concurrently.js';
import type { NewsFetch, NewsSource, NewsSourceFailure } from './news-source.js';

/** The part of the provider chain news needs (`ProviderChain` has it). */
export interface NewsChain {
  news(symbol: string, limit: number, signal?: AbortSignal): Promise<SourcedData<NewsArticle[]>>;
}

/** Options of {@link ChainNewsSource}. */
export interface ChainNewsSourceOptions {
  /** Articles asked per symbol (1–100); default 50. */
  readonly limit?: number;
  /** Symbols asked at once; default 2 (the chain's rate limits pace the rest). */
  readonly concurrency?: number;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * News from the market data providers that have it (Yahoo, Finnhub, Polygon, Alpha Vantage, the simulator),
 * through the provider chain, so its rate limits, retries, circuit breakers and fallback order apply. An
 * article is stored under the symbol it was asked for and under the other asked symbols the provider lists.
 */
export class ChainNewsSource implements NewsSource {
  readonly id = 'market-data';
  private readonly limit: number;
  private readonly concurrency: number;

  constructor(
    private readonly chain: NewsChain,
    options: ChainNewsSourceOptions = {},
  ) {
    this.limit = options.limit ?? 50;
    this.concurrency = options.concurrency ?? 2;
  }

  async fetch(symbols: readonly string[], _tagger: unknown, signal?: AbortSignal): Promise<NewsFetch> {
    const asked = new Set(symbols);
    const failures: NewsSourceFailure[] = [];
    const perSymbol = await mapConcurrently(symbols, this.concurrency, async (symbol): Promise<NewsArticle[]> => {
      try {
        const answer = await this.chain.news(symbol, this.limit, signal);
        return answer.data.map((article) => ({
          ...article,
          symbols: [...new Set([symbol, ...article.symbols.map((other) => other.toUpperCase()).filter((other) => asked.has(other))])],
          simulated: article.simulated || answer.simulated,
        }));
      } catch (error) {
        if (signal?.aborted) throw error;
        failures.push({ source: this.id, message: `news of ${symbol}: ${messageOf(error)}` });
        return [];
      }
    });
    return { articles: perSymbol.flat(), failures };
  }
}
