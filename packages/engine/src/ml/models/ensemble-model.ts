import type { DirectionModel, ModelArtifact } from './direction-model.js';
import { logit } from './logistic-function.js';
import type { LogisticRegression, LogisticRegressionArtifact } from './logistic-regression.js';

/** An ensemble's artifact: its base models' artifacts and the stacking regression. */
export type EnsembleArtifact = { readonly kind: 'ensemble'; readonly bases: readonly ModelArtifact[]; readonly stacker: LogisticRegressionArtifact };

/** The stacker's input: the log-odds of every base model's probability (NaN when one cannot answer). */
export function stackedInput(bases: readonly DirectionModel[], features: Float64Array, history?: readonly Float64Array[]): Float64Array {
  return Float64Array.from(bases, (base) => {
    const p = base.probabilityUp(features, history);
    return Number.isNaN(p) ? NaN : logit(p);
  });
}

/**
 * Stacking: a logistic regression on the base models' log-odds, fitted on their out-of-sample
 * probabilities, so it learns how far to trust each (and is itself the calibration).
 */
export class EnsembleModel implements DirectionModel {
  readonly kind = 'ensemble';

  constructor(
    readonly bases: readonly DirectionModel[],
    readonly stacker: LogisticRegression,
  ) {
    if (bases.length === 0) throw new RangeError('an ensemble needs at least one base model');
    if (stacker.parameters.weights.length !== bases.length) {
      throw new RangeError(`the stacker has ${stacker.parameters.weights.length} weights for ${bases.length} base models`);
    }
  }

  /** NaN when a base model cannot answer (a sequence model without enough history). */
  probabilityUp(features: Float64Array, history?: readonly Float64Array[]): number {
    const input = stackedInput(this.bases, features, history);
    for (const value of input) if (Number.isNaN(value)) return NaN;
    return this.stacker.probabilityUp(input);
  }

  toArtifact(): EnsembleArtifact {
    return { kind: 'ensemble', bases: this.bases.map((base) => base.toArtifact()), stacker: this.stacker.toArtifact() };
  }
}
