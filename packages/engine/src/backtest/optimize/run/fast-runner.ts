import type { BarSeries } from '../../../series/bar-series.js';
import { resolveBacktestOptions } from '../../options/resolve-backtest-options.js';
import type { BacktestOptions, ResolvedBacktestOptions } from '../../options/backtest-options.js';
import { validateSeries } from '../../run/validate-series.js';
import type { BacktestStats } from '../../statistics/backtest-stats.js';
import type { StatsBuffers } from '../../statistics/compute-stats.js';
import type { FastStrategy } from '../fast/fast-strategy.js';
import type { FastTrade } from '../fast/fast-trade.js';
import { runSignals } from '../fast/run-signals.js';
import type { SignalSource } from '../fast/signal-source.js';
import type { ParamSet } from '../grid/param-set.js';
import { checkWindow } from './check-window.js';
import { rangeStats, shiftTrades } from './range-stats.js';
import type { StrategyRunner } from './strategy-runner.js';
import type { WindowRun } from './window-run.js';

/**
 * {@link StrategyRunner} by the vectorised fast path: indicators once per series, decisions as signal
 * arrays, the specialised broker loop, and the statistics code every backtest uses. The working
 * arrays are allocated once and reused by every run.
 */
export class FastRunner implements StrategyRunner {
  readonly fastPath = true;
  private readonly source: SignalSource;
  private readonly options: ResolvedBacktestOptions;
  private readonly signals: Int8Array;
  private readonly equity: Float64Array;
  private readonly trades: FastTrade[] = [];
  private readonly buffers: StatsBuffers;

  constructor(
    private readonly series: BarSeries,
    strategy: FastStrategy,
    options: BacktestOptions,
  ) {
    this.options = resolveBacktestOptions(options);
    validateSeries(series);
    this.source = strategy.prepare(series);
    const n = series.length;
    this.signals = new Int8Array(n);
    this.equity = new Float64Array(n);
    const memory = new Float64Array(4 * n);
    this.buffers = { drawdownPct: memory.subarray(0, n), drawdownDuration: memory.subarray(n, 2 * n), work: memory.subarray(2 * n) };
  }

  get length(): number {
    return this.series.length;
  }

  stats(params: ParamSet, from = 0, to = this.series.length): BacktestStats {
    const warmup = this.simulate(params, from, to);
    return rangeStats(this.series, this.equity, this.trades, warmup, from, to, this.buffers);
  }

  run(params: ParamSet, from = 0, to = this.series.length): WindowRun {
    const stats = this.stats(params, from, to);
    return { stats, equity: this.equity.slice(from, to), trades: shiftTrades(this.trades, from) };
  }

  /** Fills `equity` over [0, to) and `trades`; returns the warm-up. */
  private simulate(params: ParamSet, from: number, to: number): number {
    checkWindow(from, to, this.series.length);
    const warmup = this.source.signals(params, this.signals, from, to);
    runSignals(this.series, this.signals, warmup, from, to, this.options, { equity: this.equity, trades: this.trades });
    return warmup;
  }
}
