import type { SymbolBacktest } from './symbol-backtest.js';

/**
 * The runs' warnings (trades left open, orders cancelled for margin, ...) as stderr lines, one per
 * warning for the first `limit` symbols that have any and a count for the rest, so that a file of
 * 500 symbols does not bury the output.
 */
export function warningLines(runs: readonly SymbolBacktest[], limit = 5): string[] {
  const warned = runs.filter((run) => run.warnings.length > 0);
  const lines = warned.slice(0, limit).flatMap((run) => run.warnings.map((warning) => `goldensignals: ${run.symbol}: ${warning}`));
  if (warned.length > limit) lines.push(`goldensignals: warnings for ${warned.length - limit} more symbol(s)`);
  return lines;
}
