import type { ComparisonRow } from './comparison-row.js';
import { orderedStatNames } from './ordered-stat-names.js';
import type { StatValues } from './stat-values.js';

/** Every statistic either run has, in backtesting.py's order. */
export function comparisonRowsOf(left: StatValues, right: StatValues): ComparisonRow[] {
  return orderedStatNames(left, right).map((name) => {
    const a = left[name] ?? null;
    const b = right[name] ?? null;
    return { name, left: a, right: b, difference: typeof a === 'number' && typeof b === 'number' && Number.isFinite(a) && Number.isFinite(b) ? b - a : null };
  });
}
