/**
 * True when `a` crossed above `b` at `index`: `a[i−1] < b[i−1] && a[i] > b[i]`, strict both times,
 * as backtesting.py's `crossover` (so touching, or a NaN, is no cross).
 */
export function crossover(a: ArrayLike<number>, b: ArrayLike<number>, index: number): boolean {
  return index >= 1 && a[index - 1] < b[index - 1] && a[index] > b[index];
}
