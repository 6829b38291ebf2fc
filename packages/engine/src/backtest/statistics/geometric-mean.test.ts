import { describe, expect, it } from 'vitest';
import { geometricMean } from './geometric-mean.js';

describe('geometricMean', () => {
  it('compounds the returns and takes the n-th root', () => {
    expect(geometricMean([0.1, -0.5])).toBeCloseTo(Math.sqrt(1.1 * 0.5) - 1, 15);
  });

  it('counts NaN as 0 and answers 0 after a total loss, NaN for nothing', () => {
    expect(geometricMean([NaN, 0.21])).toBeCloseTo(0.1, 15);
    expect(geometricMean([0.5, -1, 0.2])).toBe(0);
    expect(geometricMean([])).toBeNaN();
  });
});
