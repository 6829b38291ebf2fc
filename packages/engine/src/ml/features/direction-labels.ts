/** Label of a bar whose forward return is unknown (the last `horizon` bars) or exactly zero. */
export const NO_LABEL = -1;

/**
 * The training label of every bar: 1 when the close `horizon` bars later is above the bar's close, 0
 * when below, NO_LABEL when equal (neither direction) or not yet known. Labels look forward by
 * definition; they are only for training and scoring and never enter a feature vector.
 */
export function directionLabelsOf(close: ArrayLike<number>, horizon: number): Int8Array {
  if (!Number.isInteger(horizon) || horizon < 1) throw new RangeError(`horizon must be an integer >= 1, got ${horizon}`);
  const n = close.length;
  const labels = new Int8Array(n).fill(NO_LABEL);
  for (let i = 0; i + horizon < n; i++) {
    const change = close[i + horizon] - close[i];
    labels[i] = change > 0 ? 1 : change < 0 ? 0 : NO_LABEL;
  }
  return labels;
}
