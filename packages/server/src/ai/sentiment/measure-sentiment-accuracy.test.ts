import { describe, expect, it } from 'vitest';
import { measureSentimentAccuracy } from './measure-sentiment-accuracy.js';

describe('measureSentimentAccuracy', () => {
  it('computes accuracy and the F1 averaged over positive, negative and neutral', () => {
    const result = measureSentimentAccuracy(['positive', 'positive', 'negative', 'neutral'], ['positive', 'neutral', 'negative', 'neutral']);
    // positive: P 1, R 0.5 -> F1 2/3; negative: 1; neutral: P 0.5, R 1 -> 2/3.
    expect(result.count).toBe(4);
    expect(result.accuracy).toBe(0.75);
    expect(result.macroF1).toBeCloseTo((2 / 3 + 1 + 2 / 3) / 3, 12);
  });

  it('counts a class never predicted nor present as F1 0, as the word list report does', () => {
    expect(measureSentimentAccuracy(['positive'], ['positive']).macroF1).toBeCloseTo(1 / 3, 12);
  });

  it('refuses lists of different lengths or no sentences', () => {
    expect(() => measureSentimentAccuracy(['positive'], [])).toThrow('1 gold labels but 0 predictions');
    expect(() => measureSentimentAccuracy([], [])).toThrow('no labelled sentences to measure');
  });
});
