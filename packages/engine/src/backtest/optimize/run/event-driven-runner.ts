import type { BarSeries } from '../../../series/bar-series.js';
import type { BacktestOptions } from '../../options/backtest-options.js';
import { runBacktest } from '../../run/run-backtest.js';
import { createStrategy } from '../../strategies/create-strategy.js';
import type { StrategyDefinition } from '../../strategies/strategy-definition.js';
import type { BacktestStats } from '../../statistics/backtest-stats.js';
import type { ParamSet } from '../grid/param-set.js';
import { checkWindow } from './check-window.js';
import { decidingFrom } from './deciding-from.js';
import { rangeStats, shiftTrades } from './range-stats.js';
import type { StrategyRunner } from './strategy-runner.js';
import type { WindowRun } from './window-run.js';

/** {@link StrategyRunner} by full event-driven backtests: any strategy, one `runBacktest` per run. */
export class EventDrivenRunner implements StrategyRunner {
  readonly fastPath = false;

  constructor(
    private readonly series: BarSeries,
    private readonly strategy: string,
    private readonly options: BacktestOptions,
    private readonly definitions: readonly StrategyDefinition[],
  ) {}

  get length(): number {
    return this.series.length;
  }

  stats(params: ParamSet, from = 0, to = this.series.length): BacktestStats {
    return this.run(params, from, to).stats;
  }

  run(params: ParamSet, from = 0, to = this.series.length): WindowRun {
    checkWindow(from, to, this.series.length);
    const strategy = decidingFrom(createStrategy(this.strategy, params, this.definitions), from);
    const whole = from === 0 && to === this.series.length;
    const result = runBacktest(whole ? this.series : this.series.slice(0, to), strategy, this.options);
    const equity = result.equity.equity;
    if (from === 0) return { stats: result.stats, equity, trades: result.trades };
    const stats = rangeStats(this.series, equity, result.trades, result.warmup, from, to);
    return { stats, equity: equity.slice(from, to), trades: shiftTrades(result.trades, from) };
  }
}
