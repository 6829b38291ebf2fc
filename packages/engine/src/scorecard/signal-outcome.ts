import type { SignalAction } from '../agents/agent.js';
import type { Timeframe } from '../series/timeframe.js';
import type { VoteScore } from '../accuracy/score-vote.js';

/** How a followed signal ended. */
export type OutcomeKind = 'target' | 'stop' | 'expired';

/** One agent's vote on a followed signal and how it fared against the realised move. */
export interface AgentVerdict {
  readonly agent: string;
  readonly action: SignalAction;
  /** `null` when no dead-band could be set (volatility not yet known). */
  readonly score: VoteScore | null;
}

/** A BUY or SELL signal followed to its stop, its target or its expiry. */
export interface SignalOutcome {
  readonly symbol: string;
  readonly timeframe: Timeframe;
  /** The signal bar's start (ISO-8601 UTC). */
  readonly time: string;
  readonly action: 'BUY' | 'SELL';
  readonly confidence: number;
  readonly entry: number;
  readonly stopLoss: number | null;
  readonly takeProfit: number | null;
  readonly outcome: OutcomeKind;
  /** Start of the bar on which the outcome was decided (ISO-8601 UTC). */
  readonly exitTime: string;
  readonly exitPrice: number;
  /** Bars followed after the signal bar, the deciding one included. */
  readonly bars: number;
  /** Simple return of the position: direction × (exit / entry − 1). */
  readonly return: number;
  /** (exit − entry) / (entry − stop), which is signed for shorts by itself; `null` without a stop. */
  readonly rMultiple: number | null;
  /** Buy-and-hold return of the benchmark (or the symbol) over the same span; NaN when unknown. */
  readonly benchmarkReturn: number;
  /** `return` − `benchmarkReturn`. */
  readonly excessReturn: number;
  /** Dead-band of the price move over the span (deviations × per-bar volatility × √bars); NaN when unknown. */
  readonly deadBand: number;
  /** The signal's own direction scored like a vote; `null` when `deadBand` is unknown. */
  readonly score: VoteScore | null;
  /** The agents that voted (abstentions and exclusions left out), scored against the same move. */
  readonly votes: readonly AgentVerdict[];
}
