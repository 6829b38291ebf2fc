import type { MarketInputs } from '@goldensignals/engine';
import type { Database } from '../storage/database.js';
import { NewsRepository } from '../storage/repositories/news-repository.js';

const DAY_MS = 24 * 3_600_000;

/** How far before a symbol's first bar the engine is given news: the news agent looks back 5 days by default. */
export const NEWS_INPUT_LOOKBACK_MS = 7 * DAY_MS;
/** How far back social posts are given: the social agent looks back 2 days by default. */
export const SOCIAL_INPUT_LOOKBACK_MS = 3 * DAY_MS;
/** How far back earnings-call passages are given: the earnings-call agent looks back 30 days by default. */
export const EARNINGS_CALL_INPUT_LOOKBACK_MS = 31 * DAY_MS;

/** The bars an engine run covers: items of the symbol from `from` − the lookback to `to` (epoch ms) are given. */
export interface NewsInputsRequest {
  readonly symbol: string;
  /** Time of the first bar the engine will run over. */
  readonly from: number;
  /** Time up to which items may be given (the signal's time, a backtest's end); agents cut them at each bar's time. */
  readonly to: number;
}

/** Options of {@link storedNewsInputs}. */
export interface StoredNewsInputsOptions {
  /** Lookback of news, ms; default {@link NEWS_INPUT_LOOKBACK_MS}. */
  readonly lookbackMs?: number;
  /** Lookback of social posts, ms; default {@link SOCIAL_INPUT_LOOKBACK_MS}. */
  readonly socialLookbackMs?: number;
  /** Lookback of earnings-call passages, ms; default {@link EARNINGS_CALL_INPUT_LOOKBACK_MS}. */
  readonly earningsCallLookbackMs?: number;
  /** Most items of each kind given (the newest); default 5,000. A backtest over years passes more. */
  readonly maxItems?: number;
  /**
   * Told when the items cannot be read; the inputs are then empty, so the text agents abstain and the signal is
   * still made. Without it the failure rejects.
   */
  readonly onError?: (error: unknown, symbol: string) => void;
}

/**
 * Engine inputs from the stored, scored texts: news (`MarketInputs.news`), social posts (`social`) and
 * earnings-call passages (`earningsCalls`), each from its own lookback before the first bar. For the signal
 * service on API nodes and workers alike, and for server-run backtests: reading needs neither sources nor a
 * scorer. The agents see only items dated up to the bar they analyse, so the whole range can be given to a
 * replay or a backtest without look-ahead.
 */
export function storedNewsInputs(database: Database, options: StoredNewsInputsOptions = {}): (request: NewsInputsRequest) => Promise<MarketInputs> {
  const repository = new NewsRepository(database.db);
  const newsLookback = options.lookbackMs ?? NEWS_INPUT_LOOKBACK_MS;
  const socialLookback = options.socialLookbackMs ?? SOCIAL_INPUT_LOOKBACK_MS;
  const callLookback = options.earningsCallLookbackMs ?? EARNINGS_CALL_INPUT_LOOKBACK_MS;
  const limit = options.maxItems ?? 5000;
  return async ({ symbol, from, to }) => {
    const upper = symbol.toUpperCase();
    try {
      const [news, social, earningsCalls] = await Promise.all([
        repository.scoredTexts(upper, from - newsLookback, to, limit, 'news'),
        repository.scoredTexts(upper, from - socialLookback, to, limit, 'social'),
        repository.scoredTexts(upper, from - callLookback, to, limit, 'earnings_call'),
      ]);
      return { news, social, earningsCalls };
    } catch (error) {
      if (options.onError === undefined) throw error;
      options.onError(error, symbol);
      return {};
    }
  };
}
