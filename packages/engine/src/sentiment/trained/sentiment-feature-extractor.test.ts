import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_FEATURE_CONFIG, featureDimension, type SentimentFeatureConfig } from './sentiment-feature-config.js';
import { SentimentFeatureExtractor } from './sentiment-feature-extractor.js';

const TEXT_ONLY: SentimentFeatureConfig = { ...DEFAULT_SENTIMENT_FEATURE_CONFIG, bigrams: false, lexiconCues: false, wordListScore: false };

function features(text: string, config: SentimentFeatureConfig = TEXT_ONLY): number[] {
  const found: number[] = [];
  new SentimentFeatureExtractor(config).extract(text, (index, value) => {
    expect(value).not.toBe(0);
    found.push(index);
  });
  return found;
}

describe('SentimentFeatureExtractor', () => {
  it('makes one feature per token, case-insensitive, with all numbers alike', () => {
    expect(features('Sales rose 5 %')).toHaveLength(3);
    expect(features('SALES ROSE 12')).toEqual(features('sales rose 5'));
  });

  it('merges a finance lexicon phrase into one token unlike its words', () => {
    const phrase = features('beat expectations');
    expect(phrase).toHaveLength(1);
    expect(phrase[0]).not.toBe(features('beat')[0]);
  });

  it('marks the tokens after a negator within the negation scope and the clause only', () => {
    const [, negatedBeat] = features('not beat');
    expect(negatedBeat).not.toBe(features('beat')[0]);
    // Out of scope (three tokens later) and after a clause end, "beat" is itself again.
    expect(features('not a b c beat').at(-1)).toBe(features('beat')[0]);
    expect(features('not . beat').at(-1)).toBe(features('beat')[0]);
  });

  it('adds pairs, lexicon cue kinds and the word-list verdict when configured', () => {
    expect(features('sales rose', { ...TEXT_ONLY, bigrams: true })).toHaveLength(2 + 3);
    // "profit" is a metric and "rose" a move: one cue feature each.
    expect(features('profit rose', { ...TEXT_ONLY, lexiconCues: true })).toHaveLength(4);
    const withWordList = features('Profit rose sharply', { ...TEXT_ONLY, wordListScore: true });
    const dense = withWordList.filter((index) => index >= 2 ** TEXT_ONLY.hashBits);
    // The word list's score and its "positive" flag.
    expect(dense).toEqual([2 ** TEXT_ONLY.hashBits, 2 ** TEXT_ONLY.hashBits + 1]);
    expect(Math.max(...withWordList)).toBeLessThan(featureDimension({ ...TEXT_ONLY, wordListScore: true }));
  });
});
