import type { OptionsChain } from '../options/options-chain.js';
import type { BarHistory } from '../series/bar-history.js';
import type { ScoredText } from '../sentiment/text-item.js';
import type { ExternalVote } from './external/external-vote.js';

/** An analyst's rating change. */
export interface AnalystRatingChange {
  readonly time: number;
  readonly firm: string;
  readonly action: 'upgrade' | 'downgrade' | 'initiate' | 'reiterate';
  /** Rating after the change on a 1 (strong sell) .. 5 (strong buy) scale. */
  readonly rating: number;
  readonly priceTarget?: number;
}

/** A reported quarter against its consensus estimate. */
export interface EarningsReport {
  readonly time: number;
  readonly epsActual: number;
  readonly epsEstimate: number;
  readonly revenueActual?: number;
  readonly revenueEstimate?: number;
}

/** Breadth of the watched universe on the current bar. */
export interface MarketBreadth {
  readonly time: number;
  readonly advancers: number;
  readonly decliners: number;
  readonly unchanged: number;
  readonly newHighs: number;
  readonly newLows: number;
}

/**
 * Inputs beyond the symbol's own bars, supplied by the data layer when the source has them.
 * Items dated after the current bar must be ignored by agents (see `itemsUpTo`).
 */
export interface MarketInputs {
  readonly optionsChain?: OptionsChain;
  readonly news?: readonly ScoredText[];
  readonly social?: readonly ScoredText[];
  readonly earningsCalls?: readonly ScoredText[];
  readonly analystRatings?: readonly AnalystRatingChange[];
  readonly earnings?: readonly EarningsReport[];
  readonly breadth?: MarketBreadth;
  /** A benchmark's bars aligned to the symbol's (same bar times), e.g. SPY for US equities. */
  readonly benchmark?: BarHistory;
  /** Votes cast outside the engine (TradingView alerts) for this symbol and timeframe. */
  readonly externalVotes?: readonly ExternalVote[];
}

/** Items with `time` at or before `now`: what an agent may see at the current bar. */
export function itemsUpTo<T extends { readonly time: number }>(items: readonly T[] | undefined, now: number): T[] {
  if (!items) return [];
  return items.filter((item) => item.time <= now);
}
