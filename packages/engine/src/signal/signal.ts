import type { AgentCategory, RiskLevel, SignalAction } from '../agents/agent.js';
import type { Timeframe } from '../series/timeframe.js';

/** Whether an agent's output counted: it voted, declined for want of data, or was excluded as faulty. */
export type VoteStatus = 'voted' | 'abstained' | 'excluded';

/** One agent's part in a signal, in the JSON shape the server and the UI reuse. */
export interface SignalVote {
  readonly agent: string;
  readonly category: AgentCategory;
  /** `null` when the agent abstained or was excluded. */
  readonly action: SignalAction | null;
  readonly confidence: number;
  /** Weight from the accuracy tracker at the time of the signal. */
  readonly weight: number;
  readonly status: VoteStatus;
  /** The agent's sentence, or the reason it abstained or was excluded. */
  readonly reasoning: string;
}

/**
 * A trading signal in the JSON shape the server and the UI reuse. Times are ISO-8601 UTC strings;
 * prices are in the instrument's quote currency; `positionSize` is the suggested fraction of equity
 * to commit (0 for HOLD).
 */
export interface Signal {
  readonly symbol: string;
  readonly timeframe: Timeframe;
  /** Start of the bar the signal was computed on (ISO-8601 UTC). */
  readonly time: string;
  readonly action: SignalAction;
  /** 0..1: consensusStrength × the voters' mean conviction (see `ConsensusResult.confidence`). */
  readonly confidence: number;
  /** 0..1: the share of voting weight that agrees with `action` (see `ConsensusResult.consensusStrength`). */
  readonly consensusStrength: number;
  /** Close of the signal bar. */
  readonly price: number;
  /** Suggested entry: the signal bar's close. */
  readonly entry: number;
  /** ATR-based stop; `null` for HOLD or while the ATR warms up. */
  readonly stopLoss: number | null;
  /** Stop distance × the reward/risk multiple beyond the entry; `null` when `stopLoss` is. */
  readonly takeProfit: number | null;
  readonly riskLevel: RiskLevel;
  readonly positionSize: number;
  /** `time` + expiry bars × the timeframe (ISO-8601 UTC). */
  readonly expiresAt: string;
  /** One paragraph with the numbers behind the signal. */
  readonly summary: string;
  /** Every configured agent in registry order, abstentions and exclusions included. */
  readonly votes: readonly SignalVote[];
}
