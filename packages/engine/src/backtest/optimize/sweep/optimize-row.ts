import type { BacktestStats } from '../../statistics/backtest-stats.js';
import type { ParamSet } from '../grid/param-set.js';

/** One evaluated combination: the swept parameters and the objective's value (null when undefined). */
export interface OptimizeRow {
  readonly params: ParamSet;
  readonly value: number | null;
}

/** The winning combination: every strategy parameter, its statistics and the objective's value. */
export interface OptimizeBest {
  readonly params: ParamSet;
  readonly stats: BacktestStats;
  readonly value: number;
}
