import { describe, expect, it } from 'vitest';
import { hashUniform, seedHash } from './seed-hash.js';

describe('seedHash', () => {
  it('is stable, separates its parts and spreads nearby inputs', () => {
    expect(seedHash(1, 'AAPL', 19_000)).toBe(seedHash(1, 'AAPL', 19_000));
    expect(seedHash('ab', 'c')).not.toBe(seedHash('a', 'bc'));
    const buckets = new Array<number>(10).fill(0);
    for (let day = 0; day < 10_000; day++) buckets[Math.floor(hashUniform(7, 'MSFT', day) * 10)]++;
    for (const count of buckets) {
      expect(count).toBeGreaterThan(900);
      expect(count).toBeLessThan(1100);
    }
  });
});
