// A sorted run of `n` values stored in the program state at `at` (ascending), with SortedWindow's
// binary searches, so rolling order statistics can be maintained in place.

/** Number of values of the run strictly below `value`. */
export function countBelow(s: Float64Array, at: number, n: number, value: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s[at + mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of values of the run at or below `value`. */
export function countAtOrBelow(s: Float64Array, at: number, n: number, value: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s[at + mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Removes one copy of `value` (which the run holds) from a run of `n`. */
export function sortedRemove(s: Float64Array, at: number, n: number, value: number): void {
  const i = countBelow(s, at, n, value);
  s.copyWithin(at + i, at + i + 1, at + n);
}

/** Inserts `value` into a run of `n` (room for n + 1 is needed). */
export function sortedInsert(s: Float64Array, at: number, n: number, value: number): void {
  const i = countAtOrBelow(s, at, n, value);
  s.copyWithin(at + i + 1, at + i, at + n);
  s[at + i] = value;
}

/**
 * Mid-rank percentile (0..1) of a value the run holds, SortedWindow.percentileOf's convention:
 * (values below + (equal values - 1) / 2) / (n - 1); 0.5 for a lone value.
 */
export function sortedPercentile(s: Float64Array, at: number, n: number, value: number): number {
  if (n === 1) return 0.5;
  const below = countBelow(s, at, n, value);
  const equal = countAtOrBelow(s, at, n, value) - below;
  return (below + (equal - 1) / 2) / (n - 1);
}

/** Median of a non-empty run, SortedWindow.median's arithmetic. */
export function sortedMedian(s: Float64Array, at: number, n: number): number {
  const half = n >>> 1;
  return n % 2 === 1 ? s[at + half] : 0.5 * (s[at + half - 1] + s[at + half]);
}
