import type { BacktestStats } from '../../statistics/backtest-stats.js';
import type { StatsTrade } from '../../statistics/stats-trade.js';

/** One run over a window of bars [from, to), everything indexed from the window's first bar. */
export interface WindowRun {
  readonly stats: BacktestStats;
  /** Equity of each bar of the window; it starts at the starting cash. */
  readonly equity: Float64Array;
  /** Closed trades; bars count from the window's first bar. */
  readonly trades: readonly StatsTrade[];
}
