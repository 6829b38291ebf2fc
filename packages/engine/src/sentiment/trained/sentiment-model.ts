import type { SentimentLabel } from '../text-item.js';
import type { SentimentFeatureConfig } from './sentiment-feature-config.js';

/** The `format` field of every sentiment model file. */
export const SENTIMENT_MODEL_FORMAT = 'goldensignals-sentiment-model';
/** The model file version this code writes and reads; bumped when features or layout change meaning. */
export const SENTIMENT_MODEL_VERSION = 1;

/** How a model was trained, stored with it so a file says what it is worth. */
export interface SentimentModelTraining {
  /** Sentences the weights were fitted on. */
  readonly rows: number;
  /** Held-out sentences the validation figures come from (0 when none were held out). */
  readonly validationRows: number;
  /** ISO 8601 time of training. */
  readonly trainedAt: string;
  readonly seed: number;
  /** The L2 penalty used (chosen on an inner split of the training rows unless given). */
  readonly l2: number;
  readonly validationAccuracy: number | null;
  readonly validationMacroF1: number | null;
  /** Where the sentences came from (a file name), when the trainer said. */
  readonly source?: string;
}

/**
 * A trained multinomial logistic regression over hashed sentence features, as stored in a model file
 * (JSON). Only features with a non-zero weight are listed: `weights[i * labels.length + k]` is the
 * weight of feature `featureIndices[i]` for `labels[k]`.
 */
export interface SentimentModel {
  readonly format: typeof SENTIMENT_MODEL_FORMAT;
  readonly version: typeof SENTIMENT_MODEL_VERSION;
  readonly classifier: 'softmax-regression';
  readonly labels: readonly SentimentLabel[];
  readonly features: SentimentFeatureConfig;
  readonly biases: readonly number[];
  readonly featureIndices: readonly number[];
  readonly weights: readonly number[];
  readonly training: SentimentModelTraining;
}
