import type { ConsensusOptions } from './consensus-options.js';
import { requiredVoters } from './quorum.js';

/**
 * What the supermajority threshold τ guarantees against faulty agents (wrong, random, adversarial,
 * broken). Shares are of the participating *effective* weight (accuracy weight × confidence), the
 * quantity the consensus compares with τ; a faulty agent can always claim confidence 1.
 */
export interface FaultToleranceBound {
  readonly threshold: number;
  /** Safety: faulty agents holding less than this share (= τ) can never force a BUY or SELL on their own. */
  readonly forceShare: number;
  /** Liveness: a unanimous honest side still wins while faulty agents hold at most this share (= 1 − τ). */
  readonly survivableShare: number;
  /** Agents that tried to vote (voters + excluded): the n of "f out of n". */
  readonly agents: number;
  /**
   * Largest f such that any f of the n agents, at equal weight, can neither force a trade nor block a
   * unanimous honest one, whether they vote against it (needs f ≤ n(1 − τ); for τ = 2/3 that is
   * f ≤ n/3, i.e. f < n/3 plus the tie the ≥ rule admits) or get excluded (needs n − f ≥ the quorum).
   */
  readonly maxFaultyAgents: number;
}

/** The fault-tolerance bound that the consensus options give for `agents` equal-weight agents. */
export function faultToleranceBound(options: ConsensusOptions, agents: number): FaultToleranceBound {
  const survivableShare = 1 - options.threshold;
  // The epsilon keeps n(1 − τ) = 10 from flooring to 9 when 1 − 2/3 rounds below 1/3.
  const outvoted = Math.floor(agents * survivableShare + 1e-9);
  const excluded = agents - requiredVoters(options, agents);
  const maxFaultyAgents = Math.max(0, Math.min(outvoted, excluded));
  return { threshold: options.threshold, forceShare: options.threshold, survivableShare, agents, maxFaultyAgents };
}
