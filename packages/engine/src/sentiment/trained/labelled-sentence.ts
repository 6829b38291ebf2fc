import type { SentimentLabel } from '../text-item.js';

/** A sentence with its human sentiment label: one row of training or evaluation data. */
export interface LabelledSentence {
  readonly text: string;
  readonly label: SentimentLabel;
}

/** The three labels in the order of model outputs and confusion-matrix rows and columns. */
export const SENTIMENT_LABELS: readonly SentimentLabel[] = ['positive', 'negative', 'neutral'];

/** True when `value` is one of the three sentiment labels (exact, lower-case). */
export function isSentimentLabel(value: string): value is SentimentLabel {
  return (SENTIMENT_LABELS as readonly string[]).includes(value);
}
