import { describe, expect, it } from 'vitest';
import { crossover } from './crossover.js';

describe('crossover', () => {
  it('is true when a goes from below b to above it', () => {
    expect(crossover([1, 3], [2, 2], 1)).toBe(true);
    expect(crossover([3, 1], [2, 2], 1)).toBe(false);
  });

  it('uses strict inequalities on both bars, so touching is no cross', () => {
    expect(crossover([2, 3], [2, 2], 1)).toBe(false);
    expect(crossover([1, 2], [2, 2], 1)).toBe(false);
  });

  it('is false at the first bar and next to NaN', () => {
    expect(crossover([3], [2], 0)).toBe(false);
    expect(crossover([NaN, 3], [2, 2], 1)).toBe(false);
  });
});
