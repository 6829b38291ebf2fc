import { computeStats, type BacktestStats, type EquityCurve, type StatsTrade } from '@goldensignals/engine';

/** What the aggregate needs of one symbol's run. */
export interface AggregateInput {
  /** The symbol's bar times (epoch ms, ascending) and closes. */
  readonly time: ArrayLike<number>;
  readonly close: ArrayLike<number>;
  /** The run's equity per bar. */
  readonly equity: ArrayLike<number>;
  readonly trades: readonly StatsTrade[];
  /** The run's indicator warm-up: its Buy & Hold starts there. */
  readonly warmup: number;
  readonly stats: BacktestStats;
}

/** The aggregate statistics and equity curve of several symbols' runs. */
export interface AggregateBacktest {
  readonly stats: BacktestStats;
  readonly equity: EquityCurve;
}

/** How {@link aggregateBacktests} forms the aggregate, in words (printed with it). */
export const AGGREGATE_METHOD =
  'equal-weight portfolio: one account per symbol, each starting with the full cash; the aggregate equity is their sum ' +
  'on the union of the bar times (the cash before a symbol\'s first bar, its last equity after its last), so Return [%] is the ' +
  'mean of the symbols\' returns and the curve statistics (Sharpe, drawdowns, ...) are the portfolio\'s; Buy & Hold is the same ' +
  'portfolio holding each symbol from its first tradable bar; trade statistics pool every symbol\'s trades; Exposure Time [%] ' +
  'is the mean of the symbols\' exposures';

/** Every distinct time of the runs, ascending. */
function unionTimes(runs: readonly AggregateInput[]): Float64Array {
  let total = 0;
  for (const run of runs) total += run.time.length;
  const all = new Float64Array(total);
  let at = 0;
  for (const run of runs) {
    for (let k = 0; k < run.time.length; k++) all[at++] = run.time[k];
  }
  all.sort();
  let distinct = 0;
  for (let k = 0; k < all.length; k++) if (k === 0 || all[k] !== all[distinct - 1]) all[distinct++] = all[k];
  return all.slice(0, distinct);
}

/** Index of `value` in ascending `sorted` (which holds it). */
function indexOf(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Aggregates the runs of several symbols, each started with `cash`, as {@link AGGREGATE_METHOD} says:
 * statistics computed by the same code as a single run's, over the summed equity, a Buy & Hold index
 * of the same portfolio and every trade (its bars mapped onto the union of the times).
 */
export function aggregateBacktests(runs: readonly AggregateInput[], cash: number): AggregateBacktest {
  if (runs.length === 0) throw new RangeError('no runs to aggregate');
  const time = unionTimes(runs);
  const n = time.length;
  const equity = new Float64Array(n);
  const holding = new Float64Array(n);
  const trades: StatsTrade[] = [];
  let exposure = 0;
  for (const run of runs) {
    const base = run.close[run.warmup];
    let j = 0;
    let value = cash;
    let ratio = 1;
    for (let u = 0; u < n; u++) {
      if (j < run.time.length && run.time[j] === time[u]) {
        value = run.equity[j];
        if (j >= run.warmup) ratio = run.close[j] / base;
        j++;
      }
      equity[u] += value;
      holding[u] += ratio;
    }
    for (const trade of run.trades) {
      const { pnl, returnPct, commission } = trade;
      trades.push({ entryBar: indexOf(time, run.time[trade.entryBar]), exitBar: indexOf(time, run.time[trade.exitBar]), pnl, returnPct, commission });
    }
    exposure += run.stats['Exposure Time [%]'];
  }
  for (let u = 0; u < n; u++) holding[u] /= runs.length;
  const computed = computeStats({ time, close: holding, equity, trades, warmup: 0 });
  return {
    stats: { ...computed.stats, 'Exposure Time [%]': exposure / runs.length },
    equity: { time, equity, drawdownPct: computed.drawdownPct, drawdownDuration: computed.drawdownDuration },
  };
}
