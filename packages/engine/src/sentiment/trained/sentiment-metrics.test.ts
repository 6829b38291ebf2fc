import { describe, expect, it } from 'vitest';
import { confusionOf, sentimentMetrics } from './sentiment-metrics.js';

describe('sentimentMetrics', () => {
  it('computes accuracy, per-label precision/recall/F1 and macro-F1 from a confusion matrix (rows = true label)', () => {
    // true positive: 8 right, 2 called neutral; true negative: 1 called positive, 3 right, 1 neutral;
    // true neutral: 2 called positive, 13 right.
    const metrics = sentimentMetrics([
      [8, 0, 2],
      [1, 3, 1],
      [2, 0, 13],
    ]);
    expect(metrics.count).toBe(30);
    expect(metrics.accuracy).toBeCloseTo(24 / 30, 12);
    // positive: precision 8/11, recall 8/10 -> F1 = 16/21. negative: 3/3, 3/5 -> 0.75. neutral: 13/16, 13/15 -> 26/31.
    expect(metrics.perLabel.positive).toEqual({ precision: 8 / 11, recall: 0.8, f1: expect.closeTo(16 / 21, 12), support: 10 });
    expect(metrics.perLabel.negative.f1).toBeCloseTo(0.75, 12);
    expect(metrics.perLabel.neutral.f1).toBeCloseTo(26 / 31, 12);
    expect(metrics.macroF1).toBeCloseTo((16 / 21 + 0.75 + 26 / 31) / 3, 12);
  });

  it('gives a label that is never predicted precision and F1 zero', () => {
    const metrics = sentimentMetrics([
      [0, 0, 4],
      [0, 0, 0],
      [0, 0, 6],
    ]);
    expect(metrics.perLabel.positive).toEqual({ precision: 0, recall: 0, f1: 0, support: 4 });
    expect(metrics.accuracy).toBe(0.6);
  });

  it('rejects a matrix that is not 3×3', () => {
    expect(() => sentimentMetrics([[1, 2], [3, 4]])).toThrow('the confusion matrix must be 3×3');
  });
});

describe('confusionOf', () => {
  it('counts each gold label against the predicted one, rows = true label in positive, negative, neutral order', () => {
    expect(confusionOf(['positive', 'negative', 'neutral', 'neutral'], ['positive', 'neutral', 'neutral', 'positive'])).toEqual([
      [1, 0, 0],
      [0, 0, 1],
      [1, 0, 1],
    ]);
  });

  it('refuses label lists of different lengths', () => {
    expect(() => confusionOf(['positive'], [])).toThrow('1 gold labels but 0 predictions');
  });
});
