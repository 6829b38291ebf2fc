import type { SentimentLabel, SentimentScore } from '@goldensignals/engine';

/** Turns class probabilities into a score: polarity P(positive) − P(negative), confidence the top probability, label its class. */
export function sentimentFromProbabilities(probabilities: ReadonlyMap<SentimentLabel, number>): SentimentScore {
  let label: SentimentLabel = 'neutral';
  let confidence = -1;
  for (const [candidate, probability] of probabilities) {
    if (probability > confidence) {
      label = candidate;
      confidence = probability;
    }
  }
  if (confidence < 0) throw new Error('no class probabilities to score');
  return { label, score: (probabilities.get('positive') ?? 0) - (probabilities.get('negative') ?? 0), confidence };
}
