import type { DirectionModel, SequenceModelLoader } from './direction-model.js';
import { EnsembleModel } from './ensemble-model.js';
import { GradientBoostedTrees } from './gradient-boosted-trees.js';
import { LogisticRegression } from './logistic-regression.js';

/** Loaders for model kinds the framework does not build itself. */
export interface ModelLoaders {
  /** Reads 'lstm' artifacts (packages/engine/src/ml/sequence). */
  readonly sequence?: SequenceModelLoader;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rebuilds any direction model from its artifact; throws a RangeError naming the problem. */
export function directionModelFromArtifact(artifact: unknown, loaders: ModelLoaders = {}): DirectionModel {
  if (!isRecord(artifact) || typeof artifact.kind !== 'string') throw new RangeError('model artifact must be an object with a string "kind"');
  switch (artifact.kind) {
    case 'logistic-regression':
      return LogisticRegression.fromArtifact(artifact);
    case 'gradient-boosted-trees':
      return GradientBoostedTrees.fromArtifact(artifact);
    case 'ensemble': {
      if (!Array.isArray(artifact.bases)) throw new RangeError('invalid ensemble artifact: bases must be an array of model artifacts');
      const bases = artifact.bases.map((base: unknown, i) => {
        try {
          return directionModelFromArtifact(base, loaders);
        } catch (error) {
          throw new RangeError(`invalid ensemble artifact: bases.${i}: ${error instanceof Error ? error.message : String(error)}`);
        }
      });
      return new EnsembleModel(bases, LogisticRegression.fromArtifact(artifact.stacker));
    }
    case 'lstm':
      if (!loaders.sequence) throw new RangeError('cannot load an lstm model: no sequence model loader was given (wire sequenceModelFromArtifact)');
      return loaders.sequence({ ...artifact, kind: artifact.kind });
    default:
      throw new RangeError(`unknown model kind "${artifact.kind}"; known kinds: logistic-regression, gradient-boosted-trees, lstm, ensemble`);
  }
}
