import type { BacktestStats } from '../statistics/backtest-stats.js';
import { NUMERIC_STAT_NAMES, type NumericStatName } from '../optimize/objective/numeric-stat-names.js';
import { objectiveValue } from '../optimize/objective/objective-value.js';

/** Mean of each numeric statistic; null where no run defines it. */
export type MeanStats = Readonly<Record<NumericStatName, number | null>>;

/** Mean of every numeric statistic over runs, each over the runs where it is defined (not NaN). */
export function meanStats(runs: readonly BacktestStats[]): MeanStats {
  const mean: Partial<Record<NumericStatName, number | null>> = {};
  for (const name of NUMERIC_STAT_NAMES) {
    let sum = 0;
    let count = 0;
    for (const stats of runs) {
      const value = objectiveValue(stats, name);
      if (value === null) continue;
      sum += value;
      count++;
    }
    mean[name] = count === 0 ? null : sum / count;
  }
  return mean as MeanStats;
}
