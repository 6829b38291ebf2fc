import type { ParamSet } from '../grid/param-set.js';
import { objectiveValue } from '../objective/objective-value.js';
import type { OptimizeObjective } from '../objective/optimize-objective.js';
import type { StrategyRunner } from '../run/strategy-runner.js';
import type { OptimizeBest, OptimizeRow } from './optimize-row.js';
import type { SweepPlan } from './sweep-plan.js';

/** Every row of a sweep and its best combination (null when no objective value is defined). */
export interface SweepOutcome {
  readonly results: readonly OptimizeRow[];
  readonly best: OptimizeBest | null;
}

/** Reports progress: `done` of `total` combinations evaluated. */
export type SweepProgress = (done: number, total: number) => void;

function pick(params: ParamSet, names: readonly string[]): ParamSet {
  const picked: Record<string, number> = {};
  for (const name of names) picked[name] = params[name];
  return picked;
}

/**
 * Runs every planned combination over bars [from, to) of the runner's series and keeps the best by
 * the objective. An undefined (NaN) value never wins; on a tie the earlier combination in grid order
 * wins (pandas' idxmax, as backtesting.py's optimiser).
 */
export function runSweep(
  runner: StrategyRunner,
  plan: SweepPlan,
  objective: OptimizeObjective,
  onProgress?: SweepProgress,
  from = 0,
  to = runner.length,
): SweepOutcome {
  const results: OptimizeRow[] = [];
  let best: OptimizeBest | null = null;
  const total = plan.combinations.length;
  const higher = objective.goal === 'maximize';
  for (const params of plan.combinations) {
    const stats = runner.stats(params, from, to);
    const value = objectiveValue(stats, objective.stat);
    results.push({ params: pick(params, plan.names), value });
    if (value !== null && (best === null || (higher ? value > best.value : value < best.value))) best = { params, stats, value };
    onProgress?.(results.length, total);
  }
  return { results, best };
}
