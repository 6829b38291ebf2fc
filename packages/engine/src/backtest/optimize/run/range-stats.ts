import type { BarSeries } from '../../../series/bar-series.js';
import { computeStats, type StatsBuffers } from '../../statistics/compute-stats.js';
import type { BacktestStats } from '../../statistics/backtest-stats.js';
import type { StatsTrade } from '../../statistics/stats-trade.js';

/** The trades with their bars counted from `from` (the same objects when `from` is 0). */
export function shiftTrades(trades: readonly StatsTrade[], from: number): StatsTrade[] {
  if (from === 0) return [...trades];
  return trades.map(({ entryBar, exitBar, pnl, returnPct, commission }) => ({ entryBar: entryBar - from, exitBar: exitBar - from, pnl, returnPct, commission }));
}

/**
 * backtesting.py's statistics of bars [from, to) of a run on bars [0, to) whose indicator warm-up is
 * `warmup`: `computeStats` on the window, with Buy & Hold from the later of the window's first bar and
 * the warm-up. For from = 0 this is the run's own statistics.
 */
export function rangeStats(
  series: BarSeries,
  equity: Float64Array,
  trades: readonly StatsTrade[],
  warmup: number,
  from: number,
  to: number,
  buffers?: StatsBuffers,
): BacktestStats {
  const input = {
    time: series.time.subarray(from, to),
    close: series.close.subarray(from, to),
    equity: equity.subarray(from, to),
    trades: from === 0 ? trades : shiftTrades(trades, from),
    warmup: Math.max(0, warmup - from),
  };
  return computeStats(input, buffers).stats;
}
