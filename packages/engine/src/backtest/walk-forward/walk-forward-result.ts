import type { BacktestStats } from '../statistics/backtest-stats.js';
import type { ParamSet } from '../optimize/grid/param-set.js';
import type { OptimizeObjective } from '../optimize/objective/optimize-objective.js';
import type { MeanStats } from './mean-stats.js';
import type { WalkForwardBounds } from './walk-forward-windows.js';

/** One walk-forward window: the parameters chosen on its train bars and how they did on its test bars. */
export interface WalkForwardWindow extends WalkForwardBounds {
  /** ISO-8601 times of the first and last bar of each range. */
  readonly trainFrom: string;
  readonly trainTo: string;
  readonly testFrom: string;
  readonly testTo: string;
  /** Every strategy parameter of the best train combination; null when no combination had a defined objective. */
  readonly params: ParamSet | null;
  /** The best train combination's objective value and statistics (in-sample). */
  readonly inSample: { readonly value: number | null; readonly stats: BacktestStats | null };
  /** The chosen parameters on the test bars (out-of-sample); without parameters the window stays in cash. */
  readonly outOfSample: { readonly value: number | null; readonly stats: BacktestStats };
}

/** What {@link walkForward} returns. */
export interface WalkForwardResult {
  readonly strategy: string;
  readonly objective: OptimizeObjective;
  /** The swept parameters, in grid order. */
  readonly params: readonly string[];
  readonly anchored: boolean;
  readonly train: number;
  readonly test: number;
  readonly step: number;
  /** Combinations tried on every train window (after `where`). */
  readonly combinations: number;
  readonly windows: readonly WalkForwardWindow[];
  /** Mean of each numeric in-sample statistic over the windows. */
  readonly inSample: MeanStats;
  /** Statistics of the test windows stitched into one run (see stitchWindows). */
  readonly outOfSample: BacktestStats;
  /** Out-of-sample (stitched) objective over the mean in-sample objective; null when undefined or the latter is 0. */
  readonly ratio: number | null;
  /** Mean out-of-sample objective over the windows, over the mean in-sample one: per-window and scale-free for totals such as Return [%]. */
  readonly windowRatio: number | null;
  /** Bars after the last whole test window, not tested. */
  readonly untestedBars: number;
  readonly fastPath: boolean;
}
