import type { DirectionModel } from '../models/direction-model.js';
import { EnsembleModel } from '../models/ensemble-model.js';
import { logit } from '../models/logistic-function.js';
import { fitLogisticRegression, LogisticRegression } from '../models/logistic-regression.js';

function fitOn(columns: readonly number[], baseProbabilities: readonly Float64Array[], labels: ArrayLike<number>, rows: Int32Array, l2: number): LogisticRegression {
  const k = columns.length;
  const values = new Float64Array(labels.length * k);
  for (const row of rows) columns.forEach((base, c) => (values[row * k + c] = logit(baseProbabilities[base][row])));
  return fitLogisticRegression({ columns: k, values, labels, rows }, { l2 });
}

/**
 * Fits the stacking regression on rows of base-model probabilities (one Float64Array per base,
 * indexed by row), with non-negative weights (Breiman's stacked regressions): a base whose weight
 * comes out negative is dropped and the rest refitted. Base models predict the same thing and are
 * strongly correlated; unconstrained, the stacker tends to set one against another with large
 * opposite weights, which turns small in-sample differences into overconfident probabilities.
 */
export function fitStacker(baseProbabilities: readonly Float64Array[], labels: ArrayLike<number>, rows: Int32Array, l2 = 1): LogisticRegression {
  const k = baseProbabilities.length;
  let active = Array.from({ length: k }, (_, b) => b);
  for (;;) {
    if (active.length === 0) {
      // No base helps: the base rate of the rows (an intercept-only regression).
      let ups = 0;
      for (const row of rows) ups += labels[row];
      const share = rows.length > 0 ? ups / rows.length : 0.5;
      return new LogisticRegression({ means: Array<number>(k).fill(0), scales: Array<number>(k).fill(1), clip: 5, weights: Array<number>(k).fill(0), bias: logit(share) });
    }
    const fitted = fitOn(active, baseProbabilities, labels, rows, l2);
    const { weights, means, scales, clip, bias } = fitted.parameters;
    const kept = active.filter((_, c) => weights[c] >= 0);
    if (kept.length === active.length) {
      const full = { means: Array<number>(k).fill(0), scales: Array<number>(k).fill(1), weights: Array<number>(k).fill(0) };
      active.forEach((base, c) => {
        full.means[base] = means[c];
        full.scales[base] = scales[c];
        full.weights[base] = weights[c];
      });
      return new LogisticRegression({ ...full, clip, bias });
    }
    active = kept;
  }
}

/** The stacker's P(up) of `row` from the bases' probabilities of that row. */
export function stackedProbability(stacker: LogisticRegression, baseProbabilities: readonly Float64Array[], row: number): number {
  return stacker.probabilityUp(Float64Array.from(baseProbabilities, (probabilities) => logit(probabilities[row])));
}

/** The ensemble of the final base models under a stacker. */
export function stackedEnsemble(bases: readonly DirectionModel[], stacker: LogisticRegression): EnsembleModel {
  return new EnsembleModel(bases, stacker);
}
