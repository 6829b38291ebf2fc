import type { SentimentScore } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { checkSentimentScores } from './check-sentiment-scores.js';

const GOOD: SentimentScore = { label: 'positive', score: 0.5, confidence: 0.9 };

describe('checkSentimentScores', () => {
  it('passes one valid score per text through', () => {
    expect(checkSentimentScores('s', ['a', 'b'], [GOOD, { label: 'neutral', score: 0, confidence: 0 }])).toEqual([GOOD, { label: 'neutral', score: 0, confidence: 0 }]);
  });

  it('names the scorer, the text and the problem', () => {
    expect(() => checkSentimentScores('finbert', ['a', 'b'], [GOOD])).toThrow('sentiment scorer "finbert" returned 1 scores for 2 texts');
    expect(() => checkSentimentScores('finbert', ['Apple beats'], [{ ...GOOD, score: Number.NaN }])).toThrow('sentiment scorer "finbert" gave an invalid score for "Apple beats": score NaN is outside -1..1');
    expect(() => checkSentimentScores('finbert', ['x'], [{ ...GOOD, confidence: 1.2 }])).toThrow('confidence 1.2 is outside 0..1');
    expect(() => checkSentimentScores('finbert', ['x'], [{ ...GOOD, label: 'bullish' as SentimentScore['label'] }])).toThrow('label "bullish" is not positive, negative or neutral');
  });
});
