import type { BarSeries } from '../../series/bar-series.js';
import type { BacktestOptions } from '../options/backtest-options.js';
import type { StrategyDefinition } from '../strategies/strategy-definition.js';
import type { GridParam } from './grid/grid-param.js';
import { heatmapOf } from './heatmap-of.js';
import type { OptimizeObjective } from './objective/optimize-objective.js';
import type { OptimizeResult } from './optimize-result.js';
import { createRunner } from './run/create-runner.js';
import { runSweep, type SweepProgress } from './sweep/run-sweep.js';
import { planSweep } from './sweep/sweep-plan.js';

/** What {@link optimizeStrategy} sweeps and how. */
export interface OptimizeRequest {
  /** A strategy name, e.g. `sma-cross`. */
  readonly strategy: string;
  /** The swept parameters (see `parseGridSpec`); unswept parameters keep their defaults. */
  readonly grid: readonly GridParam[];
  /** A constraint such as `fast < slow` (see `compileWhere`). */
  readonly where?: string;
  readonly objective: OptimizeObjective;
  readonly options?: BacktestOptions;
  /** Strategies to choose from; default the built-in ones. */
  readonly definitions?: readonly StrategyDefinition[];
  /** false runs every combination event-driven even when a fast path exists. Default true. */
  readonly fastPath?: boolean;
  readonly onProgress?: SweepProgress;
}

/**
 * Grid search, as backtesting.py's `Backtest.optimize`: runs every combination of the grid that
 * passes `where` and ranks them by one statistic. sma-cross and buy-and-hold take the vectorised
 * fast path (each SMA computed once for the series, crosses as arrays, a specialised broker loop,
 * the shared statistics code), which gives exactly the statistics of the event-driven runs; other
 * strategies run event-driven. Throws a RangeError for an invalid grid, parameter, constraint or
 * option before anything runs.
 */
export function optimizeStrategy(series: BarSeries, request: OptimizeRequest): OptimizeResult {
  const plan = planSweep(request.strategy, request.grid, request.where, request.definitions);
  const runner = createRunner(series, request.strategy, request);
  const { results, best } = runSweep(runner, plan, request.objective, request.onProgress);
  return {
    strategy: request.strategy,
    objective: request.objective,
    params: plan.names,
    best,
    results,
    combinations: plan.size,
    evaluated: plan.combinations.length,
    heatmap: heatmapOf(plan.grid, results),
    fastPath: runner.fastPath,
  };
}
