import type { MarketInputs } from '../../agents/market-inputs.js';
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

/** What a run gives a strategy beyond its parameters. */
export interface StrategyRunContext {
  /**
   * Inputs beyond the bars (stored news, social posts, earnings-call passages) for the agents of signal-driven
   * strategies; agents see only the items dated up to each bar. Strategies that use no agents ignore them.
   */
  readonly inputs?: MarketInputs;
}

/** A strategy that can be created by name, e.g. `sma-cross`. */
export interface StrategyDefinition {
  readonly name: string;
  readonly description: string;
  readonly params: readonly StrategyParamSpec[];
  /** Builds the strategy from parameters already checked against `params` (every one present). */
  create(params: Readonly<Record<string, number>>, context?: StrategyRunContext): Strategy;
}
