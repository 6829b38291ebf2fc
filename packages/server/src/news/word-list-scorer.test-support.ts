import { FinanceWordListScorer } from '@goldensignals/engine';
import type { AsyncSentimentScorer } from '../ai/sentiment/async-sentiment-scorer.js';

/** The engine's finance word list behind the async scorer interface, counting the texts it was given. */
export function wordListScorer(): AsyncSentimentScorer & { readonly scoredTexts: string[] } {
  const scorer = new FinanceWordListScorer();
  const scoredTexts: string[] = [];
  return {
    id: scorer.id,
    scoredTexts,
    scoreMany: async (texts) => {
      scoredTexts.push(...texts);
      return texts.map((text) => scorer.score(text));
    },
  };
}
