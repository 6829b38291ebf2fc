import type { SignalOutcome } from './signal-outcome.js';

/** How one agent's votes on the followed signals fared. */
export interface AgentAggregate {
  readonly agent: string;
  /** Followed signals the agent voted on (HOLD votes included). */
  readonly votes: number;
  readonly right: number;
  readonly wrong: number;
  readonly pushes: number;
  /** right / (right + wrong); NaN when none was scored. */
  readonly hitRate: number;
}

/**
 * Per agent (in order of first appearance), its votes on the followed signals scored against each
 * signal's realised move: a vote was right when its direction matched the move beyond the dead-band
 * (a HOLD when the move stayed inside it), as the accuracy tracker scores a vote.
 */
export function aggregateAgents(outcomes: readonly SignalOutcome[]): AgentAggregate[] {
  const counts = new Map<string, { votes: number; right: number; wrong: number; pushes: number }>();
  for (const outcome of outcomes) {
    for (const vote of outcome.votes) {
      let count = counts.get(vote.agent);
      if (count === undefined) {
        count = { votes: 0, right: 0, wrong: 0, pushes: 0 };
        counts.set(vote.agent, count);
      }
      count.votes++;
      if (vote.score === 'right') count.right++;
      else if (vote.score === 'wrong') count.wrong++;
      else if (vote.score === 'push') count.pushes++;
    }
  }
  return [...counts].map(([agent, c]) => ({ agent, ...c, hitRate: c.right + c.wrong === 0 ? NaN : c.right / (c.right + c.wrong) }));
}
