/** A range of signal confidence, [low, high) (the last one includes 1). */
export interface ConfidenceBucket {
  readonly label: string;
  readonly low: number;
  readonly high: number;
}

/**
 * Tenths: 0.0-0.1, ..., 0.9-1.0. The buckets below 0.5 are kept because the consensus' confidence
 * (strength × mean conviction) is mostly below 0.5 on real data.
 */
export const CONFIDENCE_BUCKETS: readonly ConfidenceBucket[] = Object.freeze(
  [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((low, k, lows) => {
    const high = k + 1 < lows.length ? lows[k + 1] : 1;
    return Object.freeze({ label: `${low.toFixed(1)}-${high.toFixed(1)}`, low, high });
  }),
);

/** Index in {@link CONFIDENCE_BUCKETS} of a confidence in [0, 1] (values outside are clamped). */
export function confidenceBucket(confidence: number): number {
  for (let k = CONFIDENCE_BUCKETS.length - 1; k > 0; k--) if (confidence >= CONFIDENCE_BUCKETS[k].low) return k;
  return 0;
}
