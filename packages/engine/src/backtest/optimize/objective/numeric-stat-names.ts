import { BACKTEST_STAT_NAMES, type BacktestStats } from '../../statistics/backtest-stats.js';

/** The statistics that are numbers (not times or durations): what an optimisation can rank by. */
export type NumericStatName = {
  [K in keyof BacktestStats]-?: NonNullable<BacktestStats[K]> extends number ? K : never;
}[keyof BacktestStats];

const NOT_NUMERIC: ReadonlySet<string> = new Set([
  'Start',
  'End',
  'Duration',
  'Max. Drawdown Duration',
  'Avg. Drawdown Duration',
  'Max. Trade Duration',
  'Avg. Trade Duration',
]);

/** {@link BACKTEST_STAT_NAMES} without the times and durations, in the same order. */
export const NUMERIC_STAT_NAMES = BACKTEST_STAT_NAMES.filter((name) => !NOT_NUMERIC.has(name)) as readonly NumericStatName[];

/** True for the name of a numeric statistic. */
export function isNumericStatName(name: string): name is NumericStatName {
  return (NUMERIC_STAT_NAMES as readonly string[]).includes(name);
}
