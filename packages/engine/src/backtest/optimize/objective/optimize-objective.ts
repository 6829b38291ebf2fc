import type { NumericStatName } from './numeric-stat-names.js';

/** What a sweep ranks parameter sets by: one numeric statistic, highest or lowest first. */
export interface OptimizeObjective {
  readonly stat: NumericStatName;
  readonly goal: 'maximize' | 'minimize';
}
