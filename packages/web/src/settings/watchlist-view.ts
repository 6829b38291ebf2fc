import type { Timeframe } from '@goldensignals/engine';

/** A watchlist as `/watchlists` gives it. */
export interface WatchlistView {
  readonly id: string;
  readonly name: string;
  readonly symbols: readonly string[];
  readonly timeframes: readonly Timeframe[];
  readonly createdAt: string;
  readonly updatedAt: string;
}
