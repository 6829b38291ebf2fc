import type { SentimentLabel } from '../text-item.js';
import { SENTIMENT_LABELS } from './labelled-sentence.js';

/** Precision, recall and F1 of one label, and how many sentences truly have it. */
export interface LabelMetrics {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

/** Classification quality from a confusion matrix. */
export interface SentimentMetrics {
  readonly count: number;
  readonly accuracy: number;
  /** Unweighted mean of the three labels' F1, so the rarer negative class counts as much as neutral. */
  readonly macroF1: number;
  readonly perLabel: Readonly<Record<SentimentLabel, LabelMetrics>>;
  /** `confusion[true][predicted]`, both in {@link SENTIMENT_LABELS} order. */
  readonly confusion: readonly (readonly number[])[];
}

/**
 * Accuracy, per-label precision/recall/F1 and macro-F1 of a 3×3 confusion matrix (rows = true label,
 * columns = predicted, in {@link SENTIMENT_LABELS} order). A label never predicted has precision 0,
 * as scikit-learn reports it.
 */
export function sentimentMetrics(confusion: readonly (readonly number[])[]): SentimentMetrics {
  const size = SENTIMENT_LABELS.length;
  if (confusion.length !== size || confusion.some((row) => row.length !== size)) throw new RangeError('the confusion matrix must be 3×3');
  let count = 0;
  let correct = 0;
  for (let t = 0; t < size; t++) {
    for (let p = 0; p < size; p++) count += confusion[t][p];
    correct += confusion[t][t];
  }
  const entries = SENTIMENT_LABELS.map((label, k): [SentimentLabel, LabelMetrics] => {
    const truePositives = confusion[k][k];
    const support = confusion[k].reduce((sum, cell) => sum + cell, 0);
    const predicted = confusion.reduce((sum, row) => sum + row[k], 0);
    const precision = predicted > 0 ? truePositives / predicted : 0;
    const recall = support > 0 ? truePositives / support : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return [label, { precision, recall, f1, support }];
  });
  const perLabel = Object.fromEntries(entries) as Record<SentimentLabel, LabelMetrics>;
  return {
    count,
    accuracy: count > 0 ? correct / count : 0,
    macroF1: entries.reduce((sum, [, metrics]) => sum + metrics.f1, 0) / size,
    perLabel,
    confusion: confusion.map((row) => [...row]),
  };
}

/** The confusion matrix (`[true][predicted]`, in {@link SENTIMENT_LABELS} order) of predicted labels against the gold ones, position by position. */
export function confusionOf(gold: readonly SentimentLabel[], predicted: readonly SentimentLabel[]): number[][] {
  if (gold.length !== predicted.length) throw new RangeError(`${gold.length} gold labels but ${predicted.length} predictions`);
  const confusion = SENTIMENT_LABELS.map(() => SENTIMENT_LABELS.map(() => 0));
  gold.forEach((label, i) => confusion[SENTIMENT_LABELS.indexOf(label)][SENTIMENT_LABELS.indexOf(predicted[i])]++);
  return confusion;
}
