import { evaluateSentimentScorer, type SentimentEvaluation } from './evaluate-sentiment-scorer.js';
import { fitSoftmaxRegression, type SoftmaxRegressionFit } from './fit-softmax-regression.js';
import { SENTIMENT_LABELS, type LabelledSentence } from './labelled-sentence.js';
import { DEFAULT_SENTIMENT_FEATURE_CONFIG, HASH_BITS_RANGE, type SentimentFeatureConfig } from './sentiment-feature-config.js';
import { SentimentFeatureExtractor } from './sentiment-feature-extractor.js';
import { SENTIMENT_MODEL_FORMAT, SENTIMENT_MODEL_VERSION, type SentimentModel } from './sentiment-model.js';
import { buildSparseRows, type SparseRows } from './sparse-rows.js';
import { splitLabelledSentences } from './split-labelled-sentences.js';
import { TrainedSentimentScorer } from './trained-sentiment-scorer.js';

/** L2 penalties tried when none is given, strongest first so a tie keeps the simpler model. */
export const DEFAULT_L2_CANDIDATES: readonly number[] = [1e-2, 3e-3, 1e-3];
/** Below this many training rows the inner split is too small to choose a penalty; the middle one is used. */
const MIN_ROWS_FOR_SELECTION = 100;
/** Weights are rounded to 1/WEIGHT_SCALE: a smaller file, and what is validated is exactly what is saved. */
const WEIGHT_SCALE = 1e6;

/** Options of {@link trainSentimentModel}. */
export interface TrainSentimentModelOptions {
  /** Share of the sentences held out for validation, 0..1 (default 0.2; 0 trains on everything). */
  readonly validationFraction?: number;
  /** Seeds the held-out split and the inner split that chooses the penalty (default 1). */
  readonly seed?: number;
  /** One L2 penalty, or candidates to choose from on an inner split of the training rows (default {@link DEFAULT_L2_CANDIDATES}). */
  readonly l2?: number | readonly number[];
  readonly features?: Partial<SentimentFeatureConfig>;
  /** Stored as the training time (default: now). */
  readonly trainedAt?: Date;
  /** Stored as the data's origin (a file name). */
  readonly source?: string;
  /** Timer for the validation latency (default `Date.now`; pass `performance.now`). */
  readonly clockMs?: () => number;
  readonly onProgress?: (message: string) => void;
}

/** A trained model and how it did on the held-out sentences. */
export interface TrainedSentimentModelResult {
  readonly model: SentimentModel;
  /** Null when nothing was held out. */
  readonly validation: SentimentEvaluation | null;
  /** Inner-split accuracy of each candidate penalty (empty when only one was given). */
  readonly penaltySelection: readonly { readonly l2: number; readonly accuracy: number }[];
}

function targetsOf(sentences: readonly LabelledSentence[]): Int32Array {
  return Int32Array.from(sentences, (sentence) => SENTIMENT_LABELS.indexOf(sentence.label));
}

function modelOf(rows: SparseRows, fit: SoftmaxRegressionFit, features: SentimentFeatureConfig, training: SentimentModel['training']): SentimentModel {
  const classes = SENTIMENT_LABELS.length;
  // Dividing (not multiplying by 1e-6) gives the double nearest the decimal, which JSON prints short; + 0 turns -0 into 0.
  const round = (weight: number) => Math.round(weight * WEIGHT_SCALE) / WEIGHT_SCALE + 0;
  const kept: { feature: number; weights: number[] }[] = [];
  for (let column = 0; column < rows.columnCount; column++) {
    const weights = Array.from(fit.weights.subarray(column * classes, column * classes + classes), round);
    if (weights.some((weight) => weight !== 0)) kept.push({ feature: rows.featureOfColumn[column], weights });
  }
  kept.sort((a, b) => a.feature - b.feature);
  return {
    format: SENTIMENT_MODEL_FORMAT,
    version: SENTIMENT_MODEL_VERSION,
    classifier: 'softmax-regression',
    labels: SENTIMENT_LABELS,
    features,
    biases: Array.from(fit.biases, round),
    featureIndices: kept.map((entry) => entry.feature),
    weights: kept.flatMap((entry) => entry.weights),
    training,
  };
}

function checkTrainingRows(training: readonly LabelledSentence[]): void {
  if (training.length < 2) throw new RangeError(`training needs at least 2 sentences outside the validation part, got ${training.length}`);
  const labels = new Set(training.map((sentence) => sentence.label));
  if (labels.size < 2) throw new RangeError(`training needs at least two different labels, got only ${[...labels].join(', ')}`);
}

/**
 * Trains the sentiment classifier: holds out a seeded share of the sentences, chooses the L2 penalty
 * on an inner split of the rest, fits a softmax regression on all the rest, and reports accuracy,
 * macro-F1 and latency on the held-out part. The saved model is the one validated (it never sees the
 * held-out sentences). Deterministic: same sentences and options, same weights.
 */
export function trainSentimentModel(sentences: readonly LabelledSentence[], options: TrainSentimentModelOptions = {}): TrainedSentimentModelResult {
  const seed = options.seed ?? 1;
  const progress = options.onProgress ?? (() => undefined);
  const features: SentimentFeatureConfig = { ...DEFAULT_SENTIMENT_FEATURE_CONFIG, ...options.features };
  if (!Number.isInteger(features.hashBits) || features.hashBits < HASH_BITS_RANGE.min || features.hashBits > HASH_BITS_RANGE.max) {
    throw new RangeError(`hash bits must be an integer from ${HASH_BITS_RANGE.min} to ${HASH_BITS_RANGE.max}, got ${features.hashBits}`);
  }
  const extractor = new SentimentFeatureExtractor(features);
  const { training, validation } = splitLabelledSentences(sentences, options.validationFraction ?? 0.2, seed);
  checkTrainingRows(training);
  const candidates = typeof options.l2 === 'number' ? [options.l2] : (options.l2 ?? DEFAULT_L2_CANDIDATES);
  if (candidates.length === 0 || candidates.some((l2) => !(l2 > 0 && Number.isFinite(l2)))) throw new RangeError(`L2 penalties must be positive numbers, got ${candidates.join(', ')}`);
  const draft = (rows: SparseRows, fit: SoftmaxRegressionFit, l2: number) =>
    modelOf(rows, fit, features, { rows: rows.rowStarts.length - 1, validationRows: 0, trainedAt: '', seed, l2, validationAccuracy: null, validationMacroF1: null });

  const penaltySelection: { l2: number; accuracy: number }[] = [];
  let l2 = candidates.length === 1 ? candidates[0] : candidates[Math.floor(candidates.length / 2)];
  if (candidates.length > 1 && training.length >= MIN_ROWS_FOR_SELECTION) {
    const inner = splitLabelledSentences(training, 0.2, seed + 1);
    progress(`choosing the L2 penalty on an inner split (${inner.training.length} fit, ${inner.validation.length} scored)`);
    const innerRows = buildSparseRows(inner.training.map((sentence) => sentence.text), extractor);
    let bestAccuracy = -1;
    for (const candidate of candidates) {
      const fit = fitSoftmaxRegression(innerRows, targetsOf(inner.training), { classes: SENTIMENT_LABELS.length, l2: candidate });
      const { accuracy } = evaluateSentimentScorer(new TrainedSentimentScorer(draft(innerRows, fit, candidate)), inner.validation);
      progress(`  L2 ${candidate}: inner accuracy ${accuracy.toFixed(4)}`);
      penaltySelection.push({ l2: candidate, accuracy });
      if (accuracy > bestAccuracy) [l2, bestAccuracy] = [candidate, accuracy];
    }
  }

  progress(`fitting on ${training.length} sentences (L2 ${l2})`);
  const rows = buildSparseRows(training.map((sentence) => sentence.text), extractor);
  const fit = fitSoftmaxRegression(rows, targetsOf(training), { classes: SENTIMENT_LABELS.length, l2 });
  const fitted = draft(rows, fit, l2);
  let result: SentimentEvaluation | null = null;
  if (validation.length > 0) {
    progress(`validating on ${validation.length} held-out sentences`);
    result = evaluateSentimentScorer(new TrainedSentimentScorer(fitted), validation, options.clockMs);
  }
  const model: SentimentModel = {
    ...fitted,
    training: {
      ...fitted.training,
      validationRows: validation.length,
      trainedAt: (options.trainedAt ?? new Date()).toISOString(),
      validationAccuracy: result?.accuracy ?? null,
      validationMacroF1: result?.macroF1 ?? null,
      ...(options.source !== undefined && { source: options.source }),
    },
  };
  return { model, validation: result, penaltySelection };
}
