import type { ExternalVote, MarketInputs, Timeframe } from '@goldensignals/engine';
import type { Database } from '../storage/database.js';
import { ExternalVoteRepository, type StoredExternalVote } from '../storage/repositories/external-vote-repository.js';

/** The bars an engine run covers: the votes of the symbol and timeframe live at any of them are given. */
export interface ExternalVoteInputsRequest {
  readonly symbol: string;
  readonly timeframe: Timeframe;
  /** Time of the first bar the engine will run over. */
  readonly from: number;
  /** Time up to which votes may be given (the signal's time); the agent cuts them at each bar's close. */
  readonly to: number;
}

/** Options of {@link storedExternalVoteInputs}. */
export interface StoredExternalVoteInputsOptions {
  /**
   * Told when the votes cannot be read; the inputs are then empty, so the TradingView agent abstains and the signal
   * is still made. Without it the failure rejects.
   */
  readonly onError?: (error: unknown, symbol: string) => void;
}

function toExternalVote(row: StoredExternalVote): ExternalVote {
  return {
    time: row.receivedAt.getTime(),
    expiresAt: row.expiresAt.getTime(),
    action: row.action,
    confidence: row.confidence,
    ...(row.price === null ? {} : { price: row.price }),
    ...(row.strategy === null ? {} : { strategy: row.strategy }),
  };
}

/**
 * Engine inputs from the stored TradingView alerts (`MarketInputs.externalVotes`), shaped like `storedNewsInputs` so
 * the signal service can merge both: the votes of the symbol and timeframe that arrived by `to` and were still live
 * after `from`, oldest first. Each vote's time is its arrival, so a replay sees it only where the live engine could.
 */
export function storedExternalVoteInputs(database: Database, options: StoredExternalVoteInputsOptions = {}): (request: ExternalVoteInputsRequest) => Promise<MarketInputs> {
  const repository = new ExternalVoteRepository(database.db);
  return async ({ symbol, timeframe, from, to }) => {
    try {
      const rows = await repository.forSeries(symbol.toUpperCase(), timeframe, from, to);
      return { externalVotes: rows.map(toExternalVote) };
    } catch (error) {
      if (options.onError === undefined) throw error;
      options.onError(error, symbol);
      return {};
    }
  };
}
