/**
 * Indices of at most `maxPoints` points of a curve that keep its shape for a chart: the first and
 * last point and, in equal buckets between them, each bucket's lowest and highest value (so the
 * deepest drawdown and the peaks survive, which picking every k-th point would miss). All indices
 * when the curve is short enough. Ascending, without repeats.
 */
export function downsampleIndices(values: ArrayLike<number>, maxPoints: number): number[] {
  if (!Number.isInteger(maxPoints) || maxPoints < 4) throw new RangeError(`maxPoints must be an integer >= 4, got ${maxPoints}`);
  const n = values.length;
  if (n <= maxPoints) return Array.from({ length: n }, (_, k) => k);
  const inner = n - 2;
  const buckets = Math.floor((maxPoints - 2) / 2);
  const indices = [0];
  for (let b = 0; b < buckets; b++) {
    const start = 1 + Math.floor((b * inner) / buckets);
    const end = 1 + Math.floor(((b + 1) * inner) / buckets);
    let low = start;
    let high = start;
    for (let k = start + 1; k < end; k++) {
      // NaN never wins a comparison, so a bucket's NaNs are skipped unless it has nothing else.
      if (values[k] < values[low] || Number.isNaN(values[low])) low = k;
      if (values[k] > values[high] || Number.isNaN(values[high])) high = k;
    }
    if (low === high) indices.push(low);
    else indices.push(Math.min(low, high), Math.max(low, high));
  }
  indices.push(n - 1);
  return indices;
}
