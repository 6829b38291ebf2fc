import type { BacktestStats } from '../../statistics/backtest-stats.js';
import type { ParamSet } from '../grid/param-set.js';
import type { WindowRun } from './window-run.js';

/**
 * Runs one strategy with many parameter sets over one series. A run over a window [from, to) uses
 * bars [0, to): the bars before `from` only warm the indicators up, the strategy decides from bar
 * `from` (or from the end of its warm-up, if later), and the statistics cover [from, to) with Buy &
 * Hold from the window's first tradable bar. With from = 0 and to = the series length, a run is
 * exactly `runBacktest`'s.
 */
export interface StrategyRunner {
  /** True when runs take the vectorised fast path, false when they are full event-driven backtests. */
  readonly fastPath: boolean;
  /** Bars in the series. */
  readonly length: number;
  /** The statistics of one run; `params` must hold every parameter of the strategy. */
  stats(params: ParamSet, from?: number, to?: number): BacktestStats;
  /** The statistics, equity and trades of one run. */
  run(params: ParamSet, from?: number, to?: number): WindowRun;
}
