import type { SentimentScore, SentimentScorer } from '@goldensignals/engine';
import type { AsyncSentimentScorer } from './async-sentiment-scorer.js';

/** Presents one of the engine's synchronous scorers (word list, trained model) as an {@link AsyncSentimentScorer}. */
export class SyncScorerAdapter implements AsyncSentimentScorer {
  readonly id: string;

  constructor(private readonly scorer: SentimentScorer) {
    this.id = scorer.id;
  }

  // async, so a scorer that throws rejects the promise instead of throwing at the call site.
  async scoreMany(texts: readonly string[]): Promise<SentimentScore[]> {
    return texts.map((text) => this.scorer.score(text));
  }
}
