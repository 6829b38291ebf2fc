/** A model's parameters as plain JSON data (numbers, strings, arrays, objects): `kind` says which loader reads the rest. */
export interface ModelArtifact {
  readonly kind: string;
}

/** A trained model predicting the direction of the h-bar forward return. */
export interface DirectionModel {
  /** 'logistic-regression' | 'gradient-boosted-trees' | 'lstm' | 'ensemble' | ... */
  readonly kind: string;
  /**
   * Calibrated probability that the close `horizon` bars ahead is above the current one, from the
   * current bar's feature vector and, for sequence models, the earlier vectors (oldest first). NaN
   * when the model cannot answer (a sequence model given too little history).
   */
  probabilityUp(features: Float64Array, history?: readonly Float64Array[]): number;
  /** The parameters as JSON-serialisable data. */
  toArtifact(): ModelArtifact;
}

/** One training example of a sequence model: consecutive feature vectors (oldest first, the current last) and the label. */
export interface SequenceSample {
  readonly sequence: readonly Float64Array[];
  readonly label: 0 | 1;
}

/** Options the walk-forward hands a sequence trainer (a subset of packages/engine/src/ml/sequence's own). */
export interface SequenceTrainingOptions {
  readonly lookback: number;
  readonly seed: number;
  /**
   * Samples (in time order) to leave out between the trainer's fitting part and its validation
   * tail, so no fitting label reaches into the tail: (horizon - 1) bars times the symbols pooled.
   */
  readonly validationGap: number;
}

/** Trains a sequence model (the LSTM); injected so the framework does not depend on tfjs. */
export type SequenceModelTrainer = (samples: readonly SequenceSample[], options: SequenceTrainingOptions) => Promise<DirectionModel>;

/** Rebuilds a sequence model from its artifact. */
export type SequenceModelLoader = (artifact: ModelArtifact) => DirectionModel;
