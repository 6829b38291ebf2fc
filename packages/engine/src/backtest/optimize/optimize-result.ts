import type { Heatmap } from './heatmap-of.js';
import type { OptimizeObjective } from './objective/optimize-objective.js';
import type { OptimizeBest, OptimizeRow } from './sweep/optimize-row.js';

/** What {@link optimizeStrategy} returns. */
export interface OptimizeResult {
  readonly strategy: string;
  readonly objective: OptimizeObjective;
  /** The swept parameters, in grid order. */
  readonly params: readonly string[];
  /** The best combination, with every strategy parameter; null when no combination has a defined objective. */
  readonly best: OptimizeBest | null;
  /** Every evaluated combination in grid order, with the swept parameters only. */
  readonly results: readonly OptimizeRow[];
  /** Combinations in the grid, before `where`. */
  readonly combinations: number;
  /** Combinations run (those `where` kept). */
  readonly evaluated: number;
  /** Set for a two-parameter grid. */
  readonly heatmap: Heatmap | null;
  /** True when the runs took the vectorised fast path. */
  readonly fastPath: boolean;
}
