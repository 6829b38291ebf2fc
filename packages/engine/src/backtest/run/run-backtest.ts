import type { BarSeries } from '../../series/bar-series.js';
import { Broker } from '../broker/broker.js';
import type { BacktestOptions } from '../options/backtest-options.js';
import { resolveBacktestOptions } from '../options/resolve-backtest-options.js';
import { computeStats } from '../statistics/compute-stats.js';
import { isoTime } from '../../signal/iso-time.js';
import { BacktestContext } from '../strategy/backtest-context.js';
import type { Strategy } from '../strategy/strategy.js';
import type { BacktestResult } from './backtest-result.js';
import { tradeRecords } from './trade-records.js';
import { validateSeries } from './validate-series.js';

/** Fills the bars before the first recorded equity with it (pandas `bfill`), or with `cash` when none was recorded. */
function backfill(equity: Float64Array, cash: number): Float64Array {
  let k = 0;
  while (k < equity.length && Number.isNaN(equity[k])) k++;
  equity.fill(k < equity.length ? equity[k] : cash, 0, k);
  return equity;
}

/**
 * Runs an event-driven backtest of `strategy` over `series` with backtesting.py 0.6.6's execution
 * model and statistics (see `shared/reference/backtest-conventions.md`). For each bar i from 1 + w
 * (w = indicator warm-up) the broker first fills pending orders and records the equity, then the
 * strategy's `next` runs and may place orders for the next bar. The run stops early if the equity
 * reaches 0. Throws a RangeError for invalid options or a series with missing prices.
 */
export function runBacktest(series: BarSeries, strategy: Strategy, options: BacktestOptions = {}): BacktestResult {
  const resolved = resolveBacktestOptions(options);
  validateSeries(series);
  const n = series.length;
  // One allocation for every per-bar column of the run: equity, drawdown, durations and stats scratch.
  const memory = new Float64Array(5 * n);
  const broker = new Broker(series, resolved, memory.subarray(0, n));
  const ctx = new BacktestContext(series, broker, resolved.fractional);
  strategy.init?.(ctx);
  ctx.startTrading();
  const warmup = ctx.warmup;
  const start = 1 + warmup;
  const cursor = ctx.cursor;
  let brokeAt = -1;
  for (let i = start; i < n; i++) {
    cursor.index = i;
    if (!broker.next(i)) {
      brokeAt = i;
      break;
    }
    strategy.next(cursor, ctx);
  }
  const warnings: string[] = [];
  if (brokeAt >= 0) {
    warnings.push(`the equity fell to 0 on ${isoTime(series.time[brokeAt])}; the backtest stopped there`);
  } else if (resolved.finalizeTrades) {
    broker.finalize(start < n ? n - 1 : -1);
  } else if (broker.trades.length > 0) {
    warnings.push(
      `${broker.trades.length} trade(s) remain open at the end of the backtest; use finalizeTrades to close them and include them in the statistics`,
    );
  }
  if (broker.marginCancels > 0) {
    warnings.push(
      `${broker.marginCancels} relative-sized order(s) canceled for insufficient margin, the first on ${isoTime(series.time[broker.firstMarginCancelBar])}`,
    );
  }
  const equity = backfill(broker.equity, broker.cash);
  const trades = tradeRecords(broker.closedTrades, series.time);
  const computed = computeStats(
    { time: series.time, close: series.close, equity, trades, warmup },
    { drawdownPct: memory.subarray(n, 2 * n), drawdownDuration: memory.subarray(2 * n, 3 * n), work: memory.subarray(3 * n) },
  );
  return {
    stats: computed.stats,
    trades,
    equity: { time: series.time, equity, drawdownPct: computed.drawdownPct, drawdownDuration: computed.drawdownDuration },
    warmup,
    warnings,
  };
}
