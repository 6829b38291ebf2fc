import { describe, expect, it } from 'vitest';
import { accuracyWeight, shrunkHitRate } from './accuracy-weight.js';

describe('shrunkHitRate', () => {
  it('pulls few samples toward 0.5 and lets many speak for themselves', () => {
    // (hits + prior/2) / (samples + prior)
    expect(shrunkHitRate(0, 0, 10)).toBe(0.5);
    expect(shrunkHitRate(3, 3, 10)).toBe(8 / 13);
    expect(shrunkHitRate(700, 1000, 10)).toBeCloseTo(705 / 1010, 15);
    expect(shrunkHitRate(0, 0, 0)).toBe(0.5);
  });
});

describe('accuracyWeight', () => {
  it('is 1 for a coin flip, the squared odds above it, and capped', () => {
    expect(accuracyWeight(0.5, 2, 3)).toBe(1);
    expect(accuracyWeight(0.6, 2, 3)).toBeCloseTo(2.25, 12); // (0.6/0.4)^2
    expect(accuracyWeight(0.7, 2, 3)).toBe(3); // (7/3)^2 = 5.44, capped
    expect(accuracyWeight(1, 2, 3)).toBe(3);
    expect(accuracyWeight(0.6, 1, 3)).toBeCloseTo(1.5, 12);
  });

  it('tends to 0 for an agent right less often than chance', () => {
    expect(accuracyWeight(0.25, 2, 3)).toBeCloseTo(1 / 9, 12);
    expect(accuracyWeight(0.1, 2, 3)).toBeCloseTo(1 / 81, 12);
    expect(accuracyWeight(0, 2, 3)).toBe(0);
  });

  it('never decreases as the hit rate rises', () => {
    let previous = -1;
    for (let p = 0; p <= 1; p += 0.001) {
      const w = accuracyWeight(p, 2, 3);
      expect(w).toBeGreaterThanOrEqual(previous);
      previous = w;
    }
  });
});
