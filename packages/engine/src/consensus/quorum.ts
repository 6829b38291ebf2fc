import type { ConsensusOptions } from './consensus-options.js';

/** Voters the quorum requires when `agents` agents tried to vote: max(minVoters, ⌈quorumFraction × agents⌉). */
export function requiredVoters(options: ConsensusOptions, agents: number): number {
  // The epsilon keeps 0.5 × 30 = 15 from becoming 16 through rounding of the fraction.
  return Math.max(options.minVoters, Math.ceil(options.quorumFraction * agents - 1e-9));
}
