/** An agent folded over its accuracy cells, as the leaderboard shows it. */
export interface LeaderboardRow {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly enabled: boolean;
  readonly scored: number;
  /** Hit rate over the cells, weighted by their samples; `null` when nothing was scored. */
  readonly accuracy: number | null;
  /** Consensus weight over the cells, weighted by their samples (1, a coin flip, when nothing was scored). */
  readonly weight: number;
}
