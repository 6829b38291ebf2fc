import type { Timeframe } from '@goldensignals/engine';

/** What a watchlist form sends: the body of creating a list, or the full change of one. */
export interface WatchlistFields {
  readonly name: string;
  readonly symbols: readonly string[];
  readonly timeframes: readonly Timeframe[];
}
