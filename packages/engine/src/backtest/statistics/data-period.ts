/** Scratch for the steps (a fresh typed array per call costs more than the median itself). */
const STEPS = new Float64Array(99);

/**
 * The data's bar period in ms as backtesting.py measures it: the median step between the last 100
 * timestamps (99 steps; a median of an even count is the mean of the middle two). NaN for < 2 bars.
 */
export function dataPeriod(time: ArrayLike<number>): number {
  const n = time.length;
  const from = Math.max(0, n - 100);
  const count = n - from - 1;
  if (count <= 0) return NaN;
  for (let k = 0; k < count; k++) STEPS[k] = time[from + k + 1] - time[from + k];
  const steps = STEPS.subarray(0, count).sort();
  const mid = count >> 1;
  return count % 2 === 1 ? steps[mid] : (steps[mid - 1] + steps[mid]) / 2;
}
