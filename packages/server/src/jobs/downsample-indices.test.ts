import { describe, expect, it } from 'vitest';
import { downsampleIndices } from './downsample-indices.js';

describe('downsampleIndices', () => {
  it('keeps every point of a curve short enough', () => {
    expect(downsampleIndices([5, 4, 3], 2000)).toEqual([0, 1, 2]);
    expect(downsampleIndices([], 2000)).toEqual([]);
  });

  it('keeps the first and last point and each bucket’s low and high, in order, within the bound', () => {
    // 10 points into at most 6: first, last and two buckets of four inner points.
    const values = [10, 11, 15, 9, 12, 13, 8, 20, 14, 12];
    expect(downsampleIndices(values, 6)).toEqual([0, 2, 3, 6, 7, 9]);
  });

  it('stays within the bound on a long curve and keeps its deepest point', () => {
    const values = Array.from({ length: 100_003 }, (_, k) => 10_000 + Math.sin(k / 500) * 100);
    values[54_321] = 1;
    const indices = downsampleIndices(values, 2000);
    expect(indices.length).toBeLessThanOrEqual(2000);
    expect(indices[0]).toBe(0);
    expect(indices.at(-1)).toBe(100_002);
    expect(indices).toContain(54_321);
    expect(indices.every((index, k) => k === 0 || index > indices[k - 1])).toBe(true);
  });

  it('skips NaN when a bucket has numbers, and refuses a bound too small to mean anything', () => {
    expect(downsampleIndices([1, Number.NaN, 3, 2, 7, 1, 0], 4)).toEqual([0, 4, 5, 6]);
    expect(() => downsampleIndices([1, 2, 3], 3)).toThrow('maxPoints must be an integer >= 4, got 3');
  });
});
