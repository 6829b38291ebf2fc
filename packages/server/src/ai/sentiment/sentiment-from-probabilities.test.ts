import { describe, expect, it } from 'vitest';
import { sentimentFromProbabilities } from './sentiment-from-probabilities.js';

describe('sentimentFromProbabilities', () => {
  it('scores P(positive) − P(negative) with the top class as label and its probability as confidence', () => {
    const score = sentimentFromProbabilities(new Map([['positive', 0.2], ['negative', 0.7], ['neutral', 0.1]] as const));
    expect(score.label).toBe('negative');
    expect(score.score).toBeCloseTo(-0.5, 12);
    expect(score.confidence).toBe(0.7);
  });

  it('gives a neutral-heavy text a small polarity', () => {
    const score = sentimentFromProbabilities(new Map([['positive', 0.25], ['negative', 0.15], ['neutral', 0.6]] as const));
    expect(score).toEqual({ label: 'neutral', score: 0.25 - 0.15, confidence: 0.6 });
  });

  it('works without a neutral class', () => {
    expect(sentimentFromProbabilities(new Map([['positive', 0.9], ['negative', 0.1]] as const))).toEqual({ label: 'positive', score: 0.9 - 0.1, confidence: 0.9 });
  });

  it('refuses an empty distribution', () => {
    expect(() => sentimentFromProbabilities(new Map())).toThrow('no class probabilities to score');
  });
});
