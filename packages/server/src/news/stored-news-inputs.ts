import type { MarketInputs } from '@goldensignals/engine';
import type { Database } from '../storage/database.js';
import { NewsRepository } from '../storage/repositories/news-repository.js';

/** How far before a symbol's first bar the engine is given news: the news agents look back 5 days by default. */
export const NEWS_INPUT_LOOKBACK_MS = 7 * 24 * 3_600_000;

/** The bars an engine run covers: news of the symbol from `from` − the lookback to `to` (epoch ms) is given. */
export interface NewsInputsRequest {
  readonly symbol: string;
  /** Time of the first bar the engine will run over. */
  readonly from: number;
  /** Time up to which items may be given (the signal's time); agents cut them at each bar's time. */
  readonly to: number;
}

/** Options of {@link storedNewsInputs}. */
export interface StoredNewsInputsOptions {
  readonly lookbackMs?: number;
  /**
   * Told when the news cannot be read; the inputs are then empty, so the news agent abstains and the signal is
   * still made. Without it the failure rejects.
   */
  readonly onError?: (error: unknown, symbol: string) => void;
}

/**
 * Engine inputs from the stored, scored news (`MarketInputs.news`), for the signal service on API nodes and
 * workers alike: reading needs neither sources nor a scorer. The agents see only items dated up to the bar
 * they analyse, so the whole range can be given to a replay.
 */
export function storedNewsInputs(database: Database, options: StoredNewsInputsOptions = {}): (request: NewsInputsRequest) => Promise<MarketInputs> {
  const repository = new NewsRepository(database.db);
  const lookbackMs = options.lookbackMs ?? NEWS_INPUT_LOOKBACK_MS;
  return async ({ symbol, from, to }) => {
    try {
      return { news: await repository.scoredTexts(symbol.toUpperCase(), from - lookbackMs, to) };
    } catch (error) {
      if (options.onError === undefined) throw error;
      options.onError(error, symbol);
      return {};
    }
  };
}
