import type { AgentCategory, Vote } from '../agents/agent.js';
import type { VoteStatus } from '../signal/signal.js';

/**
 * What became of one agent on one bar. `voted` carries the validated `vote`; `abstained` and
 * `excluded` carry the `reason` (the agent's own for an abstention, the runner's for an exclusion:
 * thrown, invalid, late, timed out). Nothing an agent does is dropped without a result.
 */
export interface AgentRunResult {
  readonly agent: string;
  readonly category: AgentCategory;
  readonly status: VoteStatus;
  readonly vote?: Vote;
  readonly reason?: string;
  /**
   * Wall time of the call by the runner's clock (the sync part only for an agent excluded for
   * returning a promise); NaN when the runner was told not to time agents.
   */
  readonly elapsedMs: number;
}
