import type { SentimentScore } from '@goldensignals/engine';

/**
 * A sentiment scorer whose backend may be asynchronous (a transformer model, a service): the configured
 * scorer. The same shape as the one in `ai/sentiment/`; defined here so news does not depend on its files.
 */
export interface AsyncSentimentScorer {
  /** Stored with every score, so scores of different scorers can be told apart. */
  readonly id: string;
  /** One score per text, in order. */
  scoreMany(texts: readonly string[]): Promise<SentimentScore[]>;
}
