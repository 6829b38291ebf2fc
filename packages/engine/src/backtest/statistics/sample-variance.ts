/** Variance with `ddof` delta degrees of freedom (pandas' default is 1), two-pass; NaN when n <= ddof. */
export function sampleVariance(values: ArrayLike<number>, ddof = 1): number {
  const n = values.length;
  if (n <= ddof) return NaN;
  let sum = 0;
  for (let k = 0; k < n; k++) sum += values[k];
  const mean = sum / n;
  let squares = 0;
  for (let k = 0; k < n; k++) {
    const d = values[k] - mean;
    squares += d * d;
  }
  return squares / (n - ddof);
}
