import type { AgentCategory, SignalAction, SignalVote } from '@goldensignals/engine';

/** The votes of one agent category, split by whether they counted. */
export interface VoteGroup {
  readonly category: AgentCategory;
  /** Counted votes, heaviest first. */
  readonly voted: readonly SignalVote[];
  readonly abstained: readonly SignalVote[];
  readonly excluded: readonly SignalVote[];
  /** Summed weight of the counted votes per action. */
  readonly weightByAction: Readonly<Record<SignalAction, number>>;
}
