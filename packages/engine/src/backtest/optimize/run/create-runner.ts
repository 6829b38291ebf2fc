import type { BarSeries } from '../../../series/bar-series.js';
import type { BacktestOptions } from '../../options/backtest-options.js';
import { BUILT_IN_STRATEGIES } from '../../strategies/built-in-strategies.js';
import type { StrategyDefinition } from '../../strategies/strategy-definition.js';
import { FAST_STRATEGIES } from '../fast/fast-strategies.js';
import { EventDrivenRunner } from './event-driven-runner.js';
import { FastRunner } from './fast-runner.js';
import type { StrategyRunner } from './strategy-runner.js';

/** How {@link createRunner} runs a strategy. */
export interface RunnerChoice {
  readonly options?: BacktestOptions;
  readonly definitions?: readonly StrategyDefinition[];
  /** false forces event-driven runs even when a fast path exists (a baseline, a cross-check). Default true. */
  readonly fastPath?: boolean;
}

/**
 * A runner for a named strategy: the vectorised fast path when the strategy is a built-in one that has
 * one (sma-cross, buy-and-hold) and it is not turned off, else full event-driven backtests.
 */
export function createRunner(series: BarSeries, strategy: string, choice: RunnerChoice = {}): StrategyRunner {
  const definitions = choice.definitions ?? BUILT_IN_STRATEGIES;
  const options = choice.options ?? {};
  const definition = definitions.find((d) => d.name === strategy);
  // Only the built-in definition itself: a user strategy of the same name has no fast path.
  const builtIn = definition !== undefined && BUILT_IN_STRATEGIES.includes(definition);
  const fast = FAST_STRATEGIES.find((f) => f.name === strategy);
  if (choice.fastPath !== false && builtIn && fast !== undefined) return new FastRunner(series, fast, options);
  return new EventDrivenRunner(series, strategy, options, definitions);
}
