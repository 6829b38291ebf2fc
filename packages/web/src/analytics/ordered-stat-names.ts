import { BACKTEST_STAT_NAMES } from '@goldensignals/engine';
import type { StatValues } from './stat-values.js';

const ORDER: readonly string[] = BACKTEST_STAT_NAMES;

/** The names of the statistics present in any of `stats`, in backtesting.py's order (the JSON answer's key order is not kept), unknown ones last. */
export function orderedStatNames(...stats: readonly StatValues[]): string[] {
  const present = new Set(stats.flatMap((values) => Object.keys(values)));
  return [...ORDER.filter((name) => present.has(name)), ...[...present].filter((name) => !ORDER.includes(name))];
}
