import { describe, expect, it } from 'vitest';
import { beta } from './beta.js';

describe('beta', () => {
  it('is 1 for an equity that moves in proportion to the close', () => {
    const close = [10, 11, 10.5, 12, 11];
    expect(beta(close.map((c) => 1000 * c), close).beta).toBeCloseTo(1, 12);
  });

  it('is 0 for a flat equity and NaN with fewer than two returns', () => {
    expect(beta([5, 5, 5, 5], [10, 11, 9, 12]).beta).toBe(0);
    expect(beta([5, 6], [10, 11]).beta).toBeNaN();
  });

  it('sums the equity log returns and says whether every bar ratio is within [0.5, 2]', () => {
    const result = beta([100, 110, 99], [1, 2, 3]);
    expect(result.logGrowth).toBeCloseTo(Math.log(0.99), 15);
    expect(result.ratiosNearOne).toBe(true);
    expect(beta([100, 300, 300], [1, 2, 3]).ratiosNearOne).toBe(false);
  });
});
