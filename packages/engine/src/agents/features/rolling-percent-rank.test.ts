import { describe, expect, it } from 'vitest';
import { RollingPercentRank } from './rolling-percent-rank.js';

describe('RollingPercentRank', () => {
  it('ranks the latest input among the last `period` inputs, itself included', () => {
    const rank = new RollingPercentRank(4);
    expect([5, 3, 8].map((x) => rank.update(x))).toEqual([null, null, null]);
    // Window 5,3,8,4: 3 and 4 are <= 4, so 2 of 4 = 50%.
    expect(rank.update(4)).toBe(50);
    // Window 3,8,4,9: the highest, 100%.
    expect(rank.update(9)).toBe(100);
    // Window 8,4,9,1: the lowest, 1 of 4 = 25%.
    expect(rank.update(1)).toBe(25);
    expect(rank.value).toBe(25);
  });

  it('counts ties as at-or-below (a flat window ranks 100%)', () => {
    const rank = new RollingPercentRank(3);
    [2, 2].forEach((x) => rank.update(x));
    expect(rank.update(2)).toBe(100);
  });

  it('resets to its warm-up state and rejects a period below 2', () => {
    const rank = new RollingPercentRank(2);
    rank.update(1);
    rank.update(2);
    rank.reset();
    expect(rank.value).toBeNull();
    expect(rank.update(3)).toBeNull();
    expect(rank.lookback).toBe(1);
    expect(() => new RollingPercentRank(1)).toThrow('period must be an integer >= 2, got 1');
  });
});
