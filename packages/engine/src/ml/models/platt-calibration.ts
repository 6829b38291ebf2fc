import { sigmoid } from './logistic-function.js';
import type { CalibrationArtifact, ProbabilityCalibration } from './probability-calibration.js';

/** Platt scaling: p = sigmoid(slope * margin + intercept). */
export class PlattCalibration implements ProbabilityCalibration {
  readonly method = 'platt';

  constructor(
    readonly slope: number,
    readonly intercept: number,
  ) {}

  apply(margin: number): number {
    return sigmoid(this.slope * margin + this.intercept);
  }

  toArtifact(): CalibrationArtifact {
    return { method: 'platt', slope: this.slope, intercept: this.intercept };
  }
}

/**
 * Fits Platt scaling on held-out margins and 0/1 labels by Newton's method, with Platt's smoothed
 * targets ((positives + 1) / (positives + 2), 1 / (negatives + 2)) so a small or one-sided slice
 * cannot push the probabilities to 0 or 1.
 */
export function fitPlattCalibration(margins: ArrayLike<number>, labels: ArrayLike<number>): PlattCalibration {
  const n = margins.length;
  if (n === 0) throw new RangeError('platt calibration needs at least one held-out row');
  let positives = 0;
  for (let i = 0; i < n; i++) positives += labels[i];
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (n - positives + 2);
  const target = (i: number): number => (labels[i] === 1 ? high : low);
  // Cross-entropy against the smoothed targets: Newton steps are halved until it decreases, as a full
  // step from a far start (a very overconfident score) can overshoot.
  const loss = (slope: number, intercept: number): number => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const z = slope * margins[i] + intercept;
      // log(1 + e^z) - t z, written to stay finite for large |z|.
      sum += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - target(i) * z;
    }
    return sum;
  };
  let slope = 1;
  let intercept = 0;
  let current = loss(slope, intercept);
  for (let iteration = 0; iteration < 100; iteration++) {
    let gs = 0;
    let gi = 0;
    // A tiny ridge keeps the system solvable for flat margins.
    let hss = 1e-9;
    let hsi = 0;
    let hii = 1e-9;
    for (let i = 0; i < n; i++) {
      const m = margins[i];
      const p = sigmoid(slope * m + intercept);
      const r = p - target(i);
      const w = p * (1 - p);
      gs += r * m;
      gi += r;
      hss += w * m * m;
      hsi += w * m;
      hii += w;
    }
    const determinant = hss * hii - hsi * hsi;
    if (!(determinant > 0)) break;
    const ds = (hii * gs - hsi * gi) / determinant;
    const di = (hss * gi - hsi * gs) / determinant;
    let scale = 1;
    let next = current;
    for (let halving = 0; halving < 40; halving++) {
      next = loss(slope - scale * ds, intercept - scale * di);
      if (next <= current) break;
      scale /= 2;
    }
    if (!(next <= current)) break;
    slope -= scale * ds;
    intercept -= scale * di;
    current = next;
    if (Math.abs(scale * ds) < 1e-10 && Math.abs(scale * di) < 1e-10) break;
  }
  return new PlattCalibration(slope, intercept);
}
