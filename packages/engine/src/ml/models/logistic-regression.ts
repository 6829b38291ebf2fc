import { z } from 'zod';
import type { DirectionModel } from './direction-model.js';
import { calibrationFromArtifact } from './fit-calibration.js';
import { assertTrainable, type LabelledRows } from './labelled-rows.js';
import { PROBABILITY_FLOOR, sigmoid } from './logistic-function.js';
import { calibrationArtifactSchema, UNCALIBRATED, type CalibrationArtifact, type ProbabilityCalibration } from './probability-calibration.js';
import { solvePositiveDefinite } from './solve-positive-definite.js';

/** The parameters of a {@link LogisticRegression}. */
export interface LogisticRegressionParameters {
  /** Per-feature mean and scale of the training rows (features are standardised before the weights). */
  readonly means: readonly number[];
  readonly scales: readonly number[];
  /** Standardised values are clipped to ±clip so one outlier (an unadjusted split) cannot dominate. */
  readonly clip: number;
  readonly weights: readonly number[];
  readonly bias: number;
}

/** A logistic regression's artifact. */
export type LogisticRegressionArtifact = { readonly kind: 'logistic-regression'; readonly calibration: CalibrationArtifact } & LogisticRegressionParameters;

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

/** Schema of {@link LogisticRegressionArtifact}. */
export const logisticRegressionArtifactSchema = z
  .strictObject({
    kind: z.literal('logistic-regression'),
    means: z.array(finite).min(1),
    scales: z.array(finite.refine((s) => s > 0, 'must be positive')).min(1),
    clip: z.number().positive(),
    weights: z.array(finite).min(1),
    bias: finite,
    calibration: calibrationArtifactSchema,
  })
  .refine((a) => a.means.length === a.weights.length && a.scales.length === a.weights.length, { message: 'means, scales and weights must have the same length' });

/** L2-regularised logistic regression on standardised features, with a probability calibration on top. */
export class LogisticRegression implements DirectionModel {
  readonly kind = 'logistic-regression';

  constructor(
    readonly parameters: LogisticRegressionParameters,
    readonly calibration: ProbabilityCalibration = UNCALIBRATED,
  ) {}

  /** Log-odds before calibration. */
  margin(features: ArrayLike<number>): number {
    const { means, scales, clip, weights } = this.parameters;
    if (features.length !== weights.length) throw new RangeError(`logistic regression expects ${weights.length} features, got ${features.length}`);
    let sum = this.parameters.bias;
    for (let j = 0; j < weights.length; j++) {
      const z = (features[j] - means[j]) / scales[j];
      sum += weights[j] * (z > clip ? clip : z < -clip ? -clip : z);
    }
    return sum;
  }

  probabilityUp(features: Float64Array): number {
    return this.calibration.apply(this.margin(features));
  }

  /** The same model with another calibration. */
  withCalibration(calibration: ProbabilityCalibration): LogisticRegression {
    return new LogisticRegression(this.parameters, calibration);
  }

  toArtifact(): LogisticRegressionArtifact {
    const { means, scales, clip, weights, bias } = this.parameters;
    return { kind: 'logistic-regression', means: [...means], scales: [...scales], clip, weights: [...weights], bias, calibration: this.calibration.toArtifact() };
  }

  /** Rebuilds a model from its artifact; throws a RangeError naming the bad field. */
  static fromArtifact(artifact: unknown): LogisticRegression {
    const parsed = logisticRegressionArtifactSchema.safeParse(artifact);
    if (!parsed.success) throw new RangeError(`invalid logistic-regression artifact: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
    const { calibration, kind: _kind, ...parameters } = parsed.data;
    return new LogisticRegression(parameters, calibrationFromArtifact(calibration));
  }
}

/** Options of {@link fitLogisticRegression}. */
export interface LogisticRegressionOptions {
  /** L2 penalty on the weights (not the bias), added to the summed log-loss: (l2 / 2) * |w|^2. Default 1. */
  readonly l2?: number;
  /** Standardised values are clipped to ±clip. Default 5. */
  readonly clip?: number;
  readonly maxIterations?: number;
}

function standardisation(data: LabelledRows): { means: number[]; scales: number[] } {
  const d = data.columns;
  const means = new Array<number>(d).fill(0);
  const squares = new Array<number>(d).fill(0);
  for (const row of data.rows) for (let j = 0; j < d; j++) means[j] += data.values[row * d + j];
  const n = data.rows.length;
  for (let j = 0; j < d; j++) means[j] /= n;
  for (const row of data.rows) {
    for (let j = 0; j < d; j++) {
      const delta = data.values[row * d + j] - means[j];
      squares[j] += delta * delta;
    }
  }
  // A constant column gets scale 1: it is then 0 everywhere after centring and its weight stays 0.
  const scales = squares.map((sum) => (sum > 0 ? Math.sqrt(sum / n) : 1));
  return { means, scales };
}

/**
 * Fits a logistic regression by Newton's method (iteratively reweighted least squares) with step
 * halving, deterministic for the same rows. The returned model is uncalibrated (see withCalibration).
 */
export function fitLogisticRegression(data: LabelledRows, options: LogisticRegressionOptions = {}): LogisticRegression {
  assertTrainable(data, 2, 'logistic regression');
  const l2 = options.l2 ?? 1;
  const clip = options.clip ?? 5;
  if (!(l2 >= 0)) throw new RangeError(`l2 must be >= 0, got ${l2}`);
  const d = data.columns;
  const size = d + 1;
  const { means, scales } = standardisation(data);
  const z = new Float64Array(data.rows.length * size);
  data.rows.forEach((row, r) => {
    for (let j = 0; j < d; j++) {
      const value = (data.values[row * d + j] - means[j]) / scales[j];
      z[r * size + j] = value > clip ? clip : value < -clip ? -clip : value;
    }
    z[r * size + d] = 1;
  });
  const labels = Float64Array.from(data.rows, (row) => data.labels[row]);
  let beta = new Float64Array(size);
  const objective = (b: Float64Array): number => {
    let loss = 0;
    for (let r = 0; r < labels.length; r++) {
      let m = 0;
      for (let j = 0; j < size; j++) m += z[r * size + j] * b[j];
      const p = Math.min(1 - PROBABILITY_FLOOR, Math.max(PROBABILITY_FLOOR, sigmoid(m)));
      loss -= labels[r] === 1 ? Math.log(p) : Math.log(1 - p);
    }
    let penalty = 0;
    for (let j = 0; j < d; j++) penalty += b[j] * b[j];
    return loss + 0.5 * l2 * penalty;
  };
  let current = objective(beta);
  const maxIterations = options.maxIterations ?? 50;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const gradient = new Float64Array(size);
    const hessian = new Float64Array(size * size);
    for (let r = 0; r < labels.length; r++) {
      const offset = r * size;
      let m = 0;
      for (let j = 0; j < size; j++) m += z[offset + j] * beta[j];
      const p = sigmoid(m);
      const residual = p - labels[r];
      const w = p * (1 - p);
      for (let i = 0; i < size; i++) {
        const zi = z[offset + i];
        gradient[i] += residual * zi;
        const wzi = w * zi;
        for (let j = 0; j <= i; j++) hessian[i * size + j] += wzi * z[offset + j];
      }
    }
    for (let j = 0; j < d; j++) {
      gradient[j] += l2 * beta[j];
      hessian[j * size + j] += l2;
    }
    // A tiny ridge keeps the bias row solvable when every label is equal.
    hessian[d * size + d] += 1e-9;
    const step = solvePositiveDefinite(hessian, gradient, size);
    let scale = 1;
    let next = beta;
    let value = current;
    for (let halving = 0; halving < 30; halving++) {
      next = beta.map((b, j) => b - scale * step[j]);
      value = objective(next);
      if (value <= current) break;
      scale /= 2;
    }
    if (!(value <= current)) break;
    const change = step.reduce((max, s) => Math.max(max, Math.abs(scale * s)), 0);
    beta = next;
    current = value;
    if (change < 1e-8) break;
  }
  return new LogisticRegression({ means, scales, clip, weights: Array.from(beta.subarray(0, d)), bias: beta[d] });
}
