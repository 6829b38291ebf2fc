import type { BacktestResults } from './backtest-results.js';
import type { StatValues } from './stat-values.js';

/** The statistics a run is compared by: its first symbol that has any (named), or nothing. */
export function firstStatsOf(results: BacktestResults): { readonly symbol: string; readonly stats: StatValues } | null {
  const found = results.symbols.find((symbol) => symbol.stats !== undefined);
  return found?.stats === undefined ? null : { symbol: found.symbol, stats: found.stats };
}
