import type { BarColumns } from '../../../series/bar-series.js';
import type { ResolvedBacktestOptions } from '../../options/backtest-options.js';
import type { FastTrade } from './fast-trade.js';
import { SignalBroker } from './signal-broker.js';

/** Where a fast run's output goes: reused across the runs of a sweep. */
export interface SignalRunOutput {
  /** At least `to` long; receives the equity of bars [0, to). */
  readonly equity: Float64Array;
  /** Emptied, then receives the closed trades. */
  readonly trades: FastTrade[];
}

/**
 * runBacktest's loop for a strategy given as one signal code per bar, over bars [0, to): the broker
 * processes bar i, then the strategy's decision of bar i is queued, from bar `max(1 + warmup, from)`
 * (bars before `from` only warm the indicators up). The equity before the first processed bar is the
 * starting cash (runBacktest's back-fill); with `finalizeTrades` the open trade closes on bar to − 1.
 * Returns the number of entry orders canceled for lack of margin.
 */
export function runSignals(
  columns: BarColumns,
  signals: Int8Array,
  warmup: number,
  from: number,
  to: number,
  options: ResolvedBacktestOptions,
  output: SignalRunOutput,
): number {
  const { equity, trades } = output;
  trades.length = 0;
  const broker = new SignalBroker(columns, options, equity, trades);
  const start = 1 + warmup;
  // Until the first decision nothing is pending, so every processed bar records the cash.
  const first = Math.max(start, from);
  equity.fill(options.cash, 0, Math.min(first, to));
  let broke = false;
  for (let i = first; i < to; i++) {
    if (!broker.next(i)) {
      broke = true;
      break;
    }
    broker.decide(signals[i]);
  }
  if (!broke && options.finalizeTrades) broker.finalize(start < to ? to - 1 : -1);
  return broker.marginCancels;
}
