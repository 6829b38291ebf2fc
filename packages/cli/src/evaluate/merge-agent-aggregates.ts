import type { AgentAggregate } from '@goldensignals/engine';

/** Sums per-symbol agent scores into one per agent (order of first appearance), hit rates recomputed. */
export function mergeAgentAggregates(groups: readonly (readonly AgentAggregate[])[]): AgentAggregate[] {
  const sums = new Map<string, { votes: number; right: number; wrong: number; pushes: number }>();
  for (const group of groups) {
    for (const a of group) {
      const sum = sums.get(a.agent) ?? { votes: 0, right: 0, wrong: 0, pushes: 0 };
      sum.votes += a.votes;
      sum.right += a.right;
      sum.wrong += a.wrong;
      sum.pushes += a.pushes;
      sums.set(a.agent, sum);
    }
  }
  return [...sums].map(([agent, s]) => ({ agent, ...s, hitRate: s.right + s.wrong === 0 ? NaN : s.right / (s.right + s.wrong) }));
}
