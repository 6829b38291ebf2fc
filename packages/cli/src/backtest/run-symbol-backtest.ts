import { BarSeries, createStrategy, runBacktest } from '@goldensignals/engine';
import type { ScanTask } from '../scan/scan-task.js';
import { strategyDefinitions } from './user-strategy.js';
import type { BacktestPlan } from './backtest-plan.js';
import { newsInputsOf } from './read-news-file.js';
import type { SymbolBacktestOutcome } from './symbol-backtest.js';

/**
 * Backtests one symbol with a fresh strategy (so nothing learned on one symbol reaches another);
 * an error becomes the symbol's outcome instead of ending the other symbols' runs.
 */
export function runSymbolBacktest(task: ScanTask, plan: BacktestPlan): SymbolBacktestOutcome {
  try {
    const series = new BarSeries({ symbol: task.symbol, timeframe: task.timeframe }, task.columns);
    const strategy = createStrategy(plan.strategy, plan.params, strategyDefinitions(), { inputs: newsInputsOf(plan.news, task.symbol) });
    const result = runBacktest(series, strategy, plan.options);
    return {
      symbol: task.symbol,
      strategy: strategy.name ?? plan.strategy,
      stats: result.stats,
      trades: result.trades,
      equity: result.equity,
      warmup: result.warmup,
      warnings: result.warnings,
    };
  } catch (error) {
    return { symbol: task.symbol, error: error instanceof Error ? error.message : String(error) };
  }
}
