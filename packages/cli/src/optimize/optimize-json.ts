import type { BacktestStats, Heatmap, OptimizeResult, ParamSet } from '@goldensignals/engine';

/** `goldensignals optimize --json`: the best run and heatmap-ready results. */
export interface OptimizeJson {
  readonly strategy: string;
  /** Exactly one of `maximize` / `minimize`: the statistic ranked by. */
  readonly maximize?: string;
  readonly minimize?: string;
  readonly where?: string;
  readonly params: readonly string[];
  readonly combinations: number;
  readonly evaluated: number;
  readonly fastPath: boolean;
  /** Every strategy parameter of the best combination, and its statistics; null when no objective was defined. */
  readonly best: { readonly params: ParamSet; readonly stats: BacktestStats } | null;
  readonly results: OptimizeResult['results'];
  /** Present for exactly two swept parameters: `values[j][i]` is at x = xs[i], y = ys[j]. */
  readonly heatmap?: Heatmap;
}

/** The JSON document of an optimisation (NaN statistics become null when stringified). */
export function optimizeJson(result: OptimizeResult, where?: string): OptimizeJson {
  return {
    strategy: result.strategy,
    [result.objective.goal]: result.objective.stat,
    ...(where === undefined ? {} : { where }),
    params: result.params,
    combinations: result.combinations,
    evaluated: result.evaluated,
    fastPath: result.fastPath,
    best: result.best === null ? null : { params: result.best.params, stats: result.best.stats },
    results: result.results,
    ...(result.heatmap === null ? {} : { heatmap: result.heatmap }),
  };
}
