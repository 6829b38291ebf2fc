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
  readonly time: string;
  readonly action: SignalAction;
  readonly confidence: number;
  readonly consensusStrength: number;
  readonly price: number;
  readonly entry: number;
  readonly stopLoss: number | null;
  readonly takeProfit: number | null;
  readonly riskLevel: RiskLevel;
  readonly positionSize: number;
  readonly expiresAt: string;
  readonly summary: string;
  readonly votes: readonly SignalVote[];
}
