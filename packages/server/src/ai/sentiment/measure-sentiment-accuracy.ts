import type { SentimentLabel } from '@goldensignals/engine';

const LABELS: readonly SentimentLabel[] = ['positive', 'negative', 'neutral'];

/** Share of labels predicted right, and F1 averaged over the three classes (as the word list's PhraseBank test reports it). */
export interface SentimentAccuracy {
  readonly count: number;
  readonly accuracy: number;
  readonly macroF1: number;
}

/** Compares predicted labels with the gold ones, position by position. */
export function measureSentimentAccuracy(gold: readonly SentimentLabel[], predicted: readonly SentimentLabel[]): SentimentAccuracy {
  if (gold.length !== predicted.length) throw new Error(`${gold.length} gold labels but ${predicted.length} predictions`);
  if (gold.length === 0) throw new Error('no labelled sentences to measure');
  let correct = 0;
  let f1Sum = 0;
  for (const label of LABELS) {
    let truePositives = 0;
    let predictedAs = 0;
    let actual = 0;
    gold.forEach((goldLabel, index) => {
      if (predicted[index] === label) predictedAs++;
      if (goldLabel === label) actual++;
      if (goldLabel === label && predicted[index] === label) truePositives++;
    });
    const precision = predictedAs > 0 ? truePositives / predictedAs : 0;
    const recall = actual > 0 ? truePositives / actual : 0;
    f1Sum += precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    correct += truePositives;
  }
  return { count: gold.length, accuracy: correct / gold.length, macroF1: f1Sum / LABELS.length };
}
