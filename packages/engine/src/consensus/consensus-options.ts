import { assertPeriod } from '../indicators/support/assert-period.js';
import { assertInRange } from '../support/assert-in-range.js';

/** Options of the weighted supermajority consensus. */
export interface ConsensusOptions {
  /**
   * Share τ of the participating effective weight that BUY or SELL needs, in (0.5, 1]. Above 1/2 so
   * that BUY and SELL can never both qualify. Default 2/3.
   */
  readonly threshold: number;
  /** Fewest agents that must vote (not abstain, not be excluded) for a BUY or SELL. Default 3. */
  readonly minVoters: number;
  /**
   * Voters must also be at least this fraction of the agents that tried to vote (voters + excluded;
   * abstentions are legitimate "no data" and do not count against the quorum). Default 0.5, so a
   * failure of half the voting agents turns the signal into HOLD rather than trusting the rest.
   */
  readonly quorumFraction: number;
}

/** The defaults: τ = 2/3, at least 3 voters, and at least half of the agents that tried to vote. */
export const DEFAULT_CONSENSUS_OPTIONS: ConsensusOptions = Object.freeze({ threshold: 2 / 3, minVoters: 3, quorumFraction: 0.5 });

/** Fills in defaults and validates; the error names the offending option. */
export function consensusOptions(options: Partial<ConsensusOptions> = {}): ConsensusOptions {
  const resolved = { ...DEFAULT_CONSENSUS_OPTIONS, ...options };
  assertInRange('threshold', resolved.threshold, 0.5, 1, true);
  assertPeriod('minVoters', resolved.minVoters);
  assertInRange('quorumFraction', resolved.quorumFraction, 0, 1);
  return Object.freeze(resolved);
}
