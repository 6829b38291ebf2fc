import type { CalibrationArtifact, ProbabilityCalibration } from './probability-calibration.js';

// Isotonic steps can reach 0 or 1 on a pure block; a probability of exactly 0 or 1 would make one
// wrong call cost an infinite log-loss, so they are kept this far inside.
const EDGE = 1e-3;

/**
 * Isotonic calibration: a non-decreasing map from margin to probability, linear between the fitted
 * blocks' mean margins and flat beyond the first and last.
 */
export class IsotonicCalibration implements ProbabilityCalibration {
  readonly method = 'isotonic';

  constructor(
    readonly margins: readonly number[],
    readonly probabilities: readonly number[],
  ) {
    if (margins.length === 0 || margins.length !== probabilities.length) throw new RangeError('isotonic calibration needs as many probabilities as margins, at least one');
  }

  apply(margin: number): number {
    const xs = this.margins;
    const ys = this.probabilities;
    const last = xs.length - 1;
    if (!(margin > xs[0])) return ys[0];
    if (margin >= xs[last]) return ys[last];
    let low = 0;
    let high = last;
    while (high - low > 1) {
      const middle = (low + high) >> 1;
      if (xs[middle] <= margin) low = middle;
      else high = middle;
    }
    const share = (margin - xs[low]) / (xs[high] - xs[low]);
    return ys[low] + share * (ys[high] - ys[low]);
  }

  toArtifact(): CalibrationArtifact {
    return { method: 'isotonic', margins: [...this.margins], probabilities: [...this.probabilities] };
  }
}

/** Fits isotonic calibration on held-out margins and 0/1 labels (pool-adjacent-violators). */
export function fitIsotonicCalibration(margins: ArrayLike<number>, labels: ArrayLike<number>): IsotonicCalibration {
  const n = margins.length;
  if (n === 0) throw new RangeError('isotonic calibration needs at least one held-out row');
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => margins[a] - margins[b] || a - b);
  // Blocks as parallel stacks: summed margin, summed label, row count.
  const marginSums: number[] = [];
  const labelSums: number[] = [];
  const counts: number[] = [];
  for (const i of order) {
    marginSums.push(margins[i]);
    labelSums.push(labels[i]);
    counts.push(1);
    // Merge while the newest block's mean is not above the previous one's (equal means merge too, fewer steps).
    while (counts.length > 1) {
      const top = counts.length - 1;
      if (labelSums[top] / counts[top] > labelSums[top - 1] / counts[top - 1]) break;
      marginSums[top - 1] += marginSums[top];
      labelSums[top - 1] += labelSums[top];
      counts[top - 1] += counts[top];
      marginSums.pop();
      labelSums.pop();
      counts.pop();
    }
  }
  const xs = counts.map((count, b) => marginSums[b] / count);
  const ys = counts.map((count, b) => Math.min(1 - EDGE, Math.max(EDGE, labelSums[b] / count)));
  return new IsotonicCalibration(xs, ys);
}
