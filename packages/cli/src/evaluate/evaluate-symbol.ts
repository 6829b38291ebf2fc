import { aggregateAgents, BarSeries, createRunner, ALL_STRATEGIES, scoreSeriesSignals, type BacktestStats } from '@goldensignals/engine';
import type { ScanTask } from '../scan/scan-task.js';
import type { EvaluatePlan, EvaluatedStrategy } from './evaluate-plan.js';
import { mlStrategyDefinitionsOf } from './ml-evaluation.js';
import { splitIndex } from './split-index.js';
import type { StrategyTest, SymbolEvaluationOutcome } from './symbol-evaluation.js';

function testOf(label: string, stats: BacktestStats): StrategyTest {
  const trades = stats['# Trades'];
  const winRate = stats['Win Rate [%]'];
  return {
    label,
    returnPct: stats['Return [%]'],
    sharpe: stats['Sharpe Ratio'],
    maxDrawdownPct: stats['Max. Drawdown [%]'],
    trades,
    wins: trades > 0 && Number.isFinite(winRate) ? Math.round((winRate * trades) / 100) : 0,
  };
}

/** One strategy over the whole series, deciding only from the first test bar; statistics of the test bars. */
function runTest(series: BarSeries, entry: EvaluatedStrategy, plan: EvaluatePlan, split: number): StrategyTest {
  const ml = mlStrategyDefinitionsOf(plan);
  const definitions = ml.length > 0 ? [...ALL_STRATEGIES, ...ml] : ALL_STRATEGIES;
  const runner = createRunner(series, entry.strategy, { definitions, options: plan.options, fastPath: false });
  return testOf(entry.label, runner.stats(entry.params, split, series.length));
}

/**
 * Evaluates one symbol: every strategy of the plan runs over all its bars but may trade only in the
 * test bars (the train bars warm its indicators up and, for the learning consensus, teach the accuracy
 * weights, which keep learning online in the test bars), and only the test bars' statistics are kept.
 * The consensus' test-period signals are followed by the scorecard. An error becomes the outcome.
 */
export function evaluateSymbol(task: ScanTask, plan: EvaluatePlan): SymbolEvaluationOutcome {
  try {
    const series = new BarSeries({ symbol: task.symbol, timeframe: task.timeframe }, task.columns);
    const split = splitIndex(series.time, plan.split);
    const tests = plan.strategies.map((entry) => runTest(series, entry, plan, split));
    const { outcomes, unresolved } = scoreSeriesSignals(series, { from: split });
    return {
      symbol: task.symbol,
      trainBars: split,
      testBars: series.length - split,
      testStart: series.time[split],
      tests,
      outcomes: outcomes.map((outcome) => ({ ...outcome, votes: [] })),
      agents: aggregateAgents(outcomes),
      unresolved,
    };
  } catch (error) {
    return { symbol: task.symbol, error: error instanceof Error ? error.message : String(error) };
  }
}
