import { BACKTEST_STAT_NAMES } from '../../statistics/backtest-stats.js';
import { isNumericStatName, NUMERIC_STAT_NAMES } from './numeric-stat-names.js';
import type { OptimizeObjective } from './optimize-objective.js';

const normalized = (name: string): string => name.toLowerCase().replace(/[^a-z0-9#$%]/g, '');

/** Edit distance, for the "did you mean" hint. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function suggestion(name: string): string {
  const wanted = normalized(name);
  let best = '';
  let bestDistance = Infinity;
  for (const candidate of NUMERIC_STAT_NAMES) {
    const d = distance(wanted, normalized(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, wanted.length / 4) ? ` (did you mean "${best}"?)` : '';
}

/**
 * Checks the statistic an optimisation ranks by: it must be one of backtesting.py's statistic names
 * ({@link BACKTEST_STAT_NAMES}, exact spelling) and a number, not a time or duration. Throws a
 * RangeError that suggests the nearest name and lists the numeric ones.
 */
export function resolveObjective(stat: string, goal: OptimizeObjective['goal'] = 'maximize'): OptimizeObjective {
  if (isNumericStatName(stat)) return { stat, goal };
  const list = `the numeric statistics are: ${NUMERIC_STAT_NAMES.join(', ')}`;
  if ((BACKTEST_STAT_NAMES as readonly string[]).includes(stat)) {
    throw new RangeError(`cannot ${goal} "${stat}": it is a time or duration, not a number; ${list}`);
  }
  throw new RangeError(`cannot ${goal} "${stat}": no such statistic${suggestion(stat)}; ${list}`);
}
