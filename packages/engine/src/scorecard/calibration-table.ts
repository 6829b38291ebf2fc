import { CONFIDENCE_BUCKETS, confidenceBucket } from './confidence-bucket.js';
import type { SignalOutcome } from './signal-outcome.js';

/** One confidence bucket of a calibration table. */
export interface CalibrationRow {
  readonly bucket: string;
  readonly low: number;
  readonly high: number;
  /** Signals in the bucket. */
  readonly n: number;
  /** Of them, scored right / (right + wrong) (pushes and unscored left out); NaN when none was scored. */
  readonly hitRate: number;
  /** Their mean confidence; NaN when the bucket is empty. A calibrated signal has hitRate ≈ meanConfidence. */
  readonly meanConfidence: number;
}

/** For each confidence bucket (empty ones included): how often the signals that said that much were right. */
export function calibrationTable(outcomes: readonly SignalOutcome[]): CalibrationRow[] {
  const n = new Array<number>(CONFIDENCE_BUCKETS.length).fill(0);
  const right = [...n];
  const scored = [...n];
  const confidence = [...n];
  for (const outcome of outcomes) {
    const k = confidenceBucket(outcome.confidence);
    n[k]++;
    confidence[k] += outcome.confidence;
    if (outcome.score === 'right' || outcome.score === 'wrong') scored[k]++;
    if (outcome.score === 'right') right[k]++;
  }
  return CONFIDENCE_BUCKETS.map(({ label, low, high }, k) => ({
    bucket: label,
    low,
    high,
    n: n[k],
    hitRate: scored[k] === 0 ? NaN : right[k] / scored[k],
    meanConfidence: n[k] === 0 ? NaN : confidence[k] / n[k],
  }));
}
