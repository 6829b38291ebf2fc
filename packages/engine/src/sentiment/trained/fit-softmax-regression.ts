import { minimizeLbfgs } from './minimize-lbfgs.js';
import type { SparseRows } from './sparse-rows.js';

/** Options of {@link fitSoftmaxRegression}. */
export interface SoftmaxRegressionOptions {
  readonly classes: number;
  /** L2 penalty on the weights (not the biases), relative to the mean loss per row. */
  readonly l2: number;
  readonly maxIterations?: number;
}

/** A fitted multinomial logistic regression over the compact columns of {@link SparseRows}. */
export interface SoftmaxRegressionFit {
  /** `weights[column * classes + k]`. */
  readonly weights: Float64Array;
  readonly biases: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * Multinomial logistic regression (softmax) with L2, fitted by L-BFGS on the full batch: the optimum
 * of a strictly convex objective, so the result depends on the data only, not on an order or a seed.
 */
export function fitSoftmaxRegression(rows: SparseRows, targets: Int32Array, options: SoftmaxRegressionOptions): SoftmaxRegressionFit {
  const { classes, l2 } = options;
  const { rowStarts, columns, values, columnCount } = rows;
  const rowCount = targets.length;
  if (rowCount === 0) throw new RangeError('softmax regression needs at least one training row');
  const weightCount = columnCount * classes;
  const logits = new Float64Array(classes);
  const objective = (point: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0);
    let loss = 0;
    for (let row = 0; row < rowCount; row++) {
      for (let k = 0; k < classes; k++) logits[k] = point[weightCount + k];
      for (let e = rowStarts[row]; e < rowStarts[row + 1]; e++) {
        const base = columns[e] * classes;
        for (let k = 0; k < classes; k++) logits[k] += values[e] * point[base + k];
      }
      let max = -Infinity;
      for (let k = 0; k < classes; k++) if (logits[k] > max) max = logits[k];
      let sum = 0;
      for (let k = 0; k < classes; k++) {
        logits[k] = Math.exp(logits[k] - max);
        sum += logits[k];
      }
      const target = targets[row];
      loss -= Math.log(logits[target] / sum);
      // logits now hold the residuals p_k - [k = target].
      for (let k = 0; k < classes; k++) logits[k] = logits[k] / sum - (k === target ? 1 : 0);
      for (let e = rowStarts[row]; e < rowStarts[row + 1]; e++) {
        const base = columns[e] * classes;
        for (let k = 0; k < classes; k++) gradient[base + k] += values[e] * logits[k];
      }
      for (let k = 0; k < classes; k++) gradient[weightCount + k] += logits[k];
    }
    let penalty = 0;
    for (let i = 0; i < gradient.length; i++) gradient[i] /= rowCount;
    for (let i = 0; i < weightCount; i++) {
      penalty += point[i] * point[i];
      gradient[i] += l2 * point[i];
    }
    return loss / rowCount + 0.5 * l2 * penalty;
  };
  const result = minimizeLbfgs(objective, new Float64Array(weightCount + classes), { maxIterations: options.maxIterations ?? 500 });
  return {
    weights: result.point.slice(0, weightCount),
    biases: result.point.slice(weightCount),
    iterations: result.iterations,
    converged: result.converged,
  };
}
