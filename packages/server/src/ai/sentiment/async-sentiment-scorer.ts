import type { SentimentScore } from '@goldensignals/engine';

/** A sentiment backend whose inference is asynchronous (a transformer) or wrapped to look so (word list, trained model). */
export interface AsyncSentimentScorer {
  readonly id: string;
  /** One score per text, in the order given. */
  scoreMany(texts: readonly string[]): Promise<SentimentScore[]>;
}
