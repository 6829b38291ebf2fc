import type { Strategy } from '../strategy/strategy.js';

/** One parameter a named strategy takes (`--param name=value` on the command line). */
export interface StrategyParamSpec {
  readonly name: string;
  readonly description: string;
  readonly type: 'integer' | 'number';
  /** Inclusive bounds. */
  readonly min?: number;
  readonly max?: number;
  readonly default: number;
}

/** A strategy that can be created by name, e.g. `sma-cross`. */
export interface StrategyDefinition {
  readonly name: string;
  readonly description: string;
  readonly params: readonly StrategyParamSpec[];
  /** Builds the strategy from parameters already checked against `params` (every one present). */
  create(params: Readonly<Record<string, number>>): Strategy;
}
