import type { BarSeries } from '../../series/bar-series.js';
import type { StatsInput } from '../statistics/compute-stats.js';
import type { StatsTrade } from '../statistics/stats-trade.js';

/** One test window's run: its bars [from, to) and the equity and trades of a run starting with `cash`. */
export interface TestWindowRun {
  readonly from: number;
  readonly to: number;
  readonly equity: Float64Array;
  /** Bars counted from `from`. */
  readonly trades: readonly StatsTrade[];
}

/**
 * The test windows put end to end as one out-of-sample run. Each window was run from the starting
 * cash; the stitch compounds them: window k's equity (and its trades' PnL and commissions) is scaled
 * by the stitched equity at the end of window k − 1 over the starting cash, as if the account had
 * carried on. A trade a window leaves open (without finalizeTrades) is thus taken as closed at the
 * window's last close, without commission. Trade bars are renumbered along the stitched bars.
 */
export function stitchWindows(series: BarSeries, runs: readonly TestWindowRun[], cash: number): StatsInput {
  const length = runs.reduce((sum, run) => sum + run.to - run.from, 0);
  const time = new Float64Array(length);
  const close = new Float64Array(length);
  const equity = new Float64Array(length);
  const trades: StatsTrade[] = [];
  let offset = 0;
  let carried = cash;
  for (const run of runs) {
    const bars = run.to - run.from;
    time.set(series.time.subarray(run.from, run.to), offset);
    close.set(series.close.subarray(run.from, run.to), offset);
    const scale = carried / cash;
    for (let k = 0; k < bars; k++) equity[offset + k] = run.equity[k] * scale;
    for (const { entryBar, exitBar, pnl, returnPct, commission } of run.trades) {
      trades.push({ entryBar: entryBar + offset, exitBar: exitBar + offset, pnl: pnl * scale, returnPct, commission: commission * scale });
    }
    offset += bars;
    carried = equity[offset - 1];
  }
  return { time, close, equity, trades, warmup: 0 };
}
