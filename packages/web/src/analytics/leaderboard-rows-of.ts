import type { AgentItem } from './agent-item.js';
import type { LeaderboardRow } from './leaderboard-row.js';

/** One row per agent: its cells' hit rate and weight averaged by decayed samples, so a busy cell counts more. */
export function leaderboardRowsOf(agents: readonly AgentItem[]): LeaderboardRow[] {
  return agents.map((agent) => {
    let samples = 0;
    let hits = 0;
    let weight = 0;
    for (const cell of agent.accuracy) {
      samples += cell.samples;
      hits += cell.hitRate * cell.samples;
      weight += cell.weight * cell.samples;
    }
    return {
      id: agent.id,
      name: agent.name,
      category: agent.category,
      enabled: agent.enabled,
      scored: agent.scored,
      accuracy: samples > 0 ? hits / samples : null,
      weight: samples > 0 ? weight / samples : 1,
    };
  });
}
