import { describe, expect, it } from 'vitest';
import { mapSentimentLabels } from './sentiment-label-map.js';

describe('mapSentimentLabels', () => {
  it("maps FinBERT's id2label to sentiment labels", () => {
    expect([...mapSentimentLabels({ 0: 'positive', 1: 'negative', 2: 'neutral' }, 'finbert')]).toEqual([
      ['positive', 'positive'],
      ['negative', 'negative'],
      ['neutral', 'neutral'],
    ]);
  });

  it('matches labels in any case and around spaces, keeping the model’s own spelling as the key', () => {
    expect([...mapSentimentLabels({ 0: 'NEGATIVE', 1: ' Positive ' }, 'two-class')]).toEqual([
      ['NEGATIVE', 'negative'],
      [' Positive ', 'positive'],
    ]);
  });

  it('requires both polar labels', () => {
    expect(() => mapSentimentLabels({ 0: 'positive', 1: 'neutral' }, 'm')).toThrow('m: config.json id2label has no negative label (labels: positive, neutral)');
  });

  it('refuses a label named twice', () => {
    expect(() => mapSentimentLabels({ 0: 'positive', 1: 'Positive', 2: 'negative' }, 'm')).toThrow('m: config.json id2label names positive twice');
  });

  it('refuses a missing or malformed id2label', () => {
    expect(() => mapSentimentLabels(undefined, 'm')).toThrow('m: config.json has no id2label');
    expect(() => mapSentimentLabels({ 0: 1, 1: 2 }, 'm')).toThrow('m: config.json id2label must map class indices to label names');
  });
});
