import { ALL_STRATEGIES, createStrategy, resolveBacktestOptions, type BacktestOptions } from '@goldensignals/engine';
import { strategyDefinitions } from './user-strategy.js';
import type { BacktestCommandOptions } from './backtest-command-options.js';
import { backtestOptionsFrom } from './backtest-flags.js';
import type { NewsInputsBySymbol } from './read-news-file.js';

/** What every symbol's run needs, as plain data (it is sent to worker threads). */
export interface BacktestPlan {
  readonly strategy: string;
  readonly params: Readonly<Record<string, string>>;
  readonly options: BacktestOptions;
  /** Scored news by symbol from `--news`, for the agents of consensus and agent:<id>. */
  readonly news?: NewsInputsBySymbol;
}

const AGENT_PREFIX = 'agent:';

function unknownStrategy(name: string): string {
  if (name.startsWith(AGENT_PREFIX)) {
    const ids = ALL_STRATEGIES.filter((d) => d.name.startsWith(AGENT_PREFIX)).map((d) => d.name.slice(AGENT_PREFIX.length));
    return `unknown agent "${name.slice(AGENT_PREFIX.length)}" in --strategy ${name}; known agents: ${ids.join(', ')}`;
  }
  const names = ALL_STRATEGIES.filter((d) => !d.name.startsWith(AGENT_PREFIX)).map((d) => d.name);
  return `unknown strategy "${name}"; expected one of ${names.join(', ')}, agent:<id> (ids: goldensignals agents) or a strategy file (.js/.mjs)`;
}

/**
 * Checks the strategy, its parameters and the backtest options once, before any file is read, and
 * returns them as a plan. Throws a RangeError naming the problem (the command makes it a usage error).
 */
export function backtestPlan(options: BacktestCommandOptions): BacktestPlan {
  const name = options.strategy;
  const definitions = strategyDefinitions();
  if (!definitions.some((definition) => definition.name === name)) throw new RangeError(unknownStrategy(name));
  const params = options.param ?? {};
  createStrategy(name, params, definitions);
  const backtestOptions = backtestOptionsFrom(options);
  resolveBacktestOptions(backtestOptions);
  return { strategy: name, params, options: backtestOptions };
}
