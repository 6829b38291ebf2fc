import type { SignalAction } from '../agents/agent.js';
import type { FaultToleranceBound } from './fault-tolerance.js';

/** One number per side. */
export interface SideTotals {
  readonly BUY: number;
  readonly SELL: number;
  readonly HOLD: number;
}

/** A counted vote with the weights it carried. */
export interface ConsensusParticipant {
  readonly agent: string;
  readonly action: SignalAction;
  readonly confidence: number;
  /** Accuracy weight from the tracker. */
  readonly weight: number;
  /** weight × confidence: what the vote adds to its side. */
  readonly effectiveWeight: number;
}

/** An agent that did not count, with the reason. */
export interface ConsensusAbsence {
  readonly agent: string;
  readonly reason: string;
}

/** Quorum bookkeeping. */
export interface ConsensusQuorum {
  readonly voters: number;
  readonly abstained: number;
  readonly excluded: number;
  /** Voters needed: max(minVoters, ⌈quorumFraction × (voters + excluded)⌉). */
  readonly required: number;
  readonly met: boolean;
}

/** Why the consensus answered HOLD, or `null` when it did not. */
export type HoldReason = 'no-quorum' | 'no-weight' | 'no-supermajority' | 'hold-majority';

/** The outcome of {@link weightedConsensus}. */
export interface ConsensusResult {
  readonly action: SignalAction;
  /**
   * Agreement with `action`: for BUY/SELL its share of the participating effective weight (≥ τ);
   * for HOLD 1 − the larger of the BUY and SELL shares, i.e. how little weight pushed for a trade;
   * 0 when no effective weight participated.
   */
  readonly consensusStrength: number;
  /**
   * consensusStrength × meanConviction: the share of all participating accuracy weight that backs
   * the action with conviction. Lower when voters are split and when they are lukewarm.
   */
  readonly confidence: number;
  /** Σ weight × confidence / Σ weight over voters: how sure the voters were on average, 0 without weight. */
  readonly meanConviction: number;
  readonly holdReason: HoldReason | null;
  /** Effective weight per side. */
  readonly weights: SideTotals;
  /** Effective weight share per side (0 when there is none). */
  readonly shares: SideTotals;
  /** Voters per side. */
  readonly counts: SideTotals;
  readonly quorum: ConsensusQuorum;
  readonly participants: readonly ConsensusParticipant[];
  readonly abstained: readonly ConsensusAbsence[];
  readonly excluded: readonly ConsensusAbsence[];
  readonly faultTolerance: FaultToleranceBound;
}
