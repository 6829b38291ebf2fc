/**
 * Index of the first non-NaN value. An all-NaN (or empty) array answers 0, as numpy's
 * `isnan(x).argmin()` does in backtesting.py's warm-up rule.
 */
export function firstValidIndex(values: ArrayLike<number>): number {
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) return i;
  return 0;
}
