import type { BacktestStats } from '../../statistics/backtest-stats.js';
import type { NumericStatName } from './numeric-stat-names.js';

/**
 * The objective's value in a run's statistics, or null when it is undefined (NaN: no trades, no
 * volatility, ...), so an undefined objective never wins. `Commissions [$]`, left out of the
 * statistics when zero, counts as 0.
 */
export function objectiveValue(stats: BacktestStats, stat: NumericStatName): number | null {
  const value = stats[stat] ?? 0;
  return Number.isNaN(value) ? null : value;
}
