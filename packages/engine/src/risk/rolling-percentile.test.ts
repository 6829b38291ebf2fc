import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../random/seeded-random.js';
import { RollingPercentile } from './rolling-percentile.js';

/** The definition, by brute force: mid-rank of the last value among the last `window` values. */
function bruteForce(values: number[], window: number): number {
  const w = values.slice(-window);
  const x = w[w.length - 1];
  if (w.length === 1) return 0.5;
  const below = w.filter((v) => v < x).length;
  const equal = w.filter((v) => v === x).length;
  return (below + (equal - 1) / 2) / (w.length - 1);
}

describe('RollingPercentile', () => {
  it('gives 0 for the lowest, 1 for the highest and 0.5 for a lone value', () => {
    const p = new RollingPercentile(3);
    expect(p.latestPercentile()).toBeNaN();
    const after = (x: number) => {
      p.push(x);
      return p.latestPercentile();
    };
    expect(after(5)).toBe(0.5);
    expect(after(7)).toBe(1);
    expect(after(1)).toBe(0);
    expect(after(6)).toBe(0.5); // window 7, 1, 6
  });

  it('matches the brute-force definition on random values with ties, before and after the window fills', () => {
    const random = createSeededRandom(9);
    const window = 25;
    const p = new RollingPercentile(window);
    const values: number[] = [];
    for (let i = 0; i < 500; i++) {
      const x = Math.round(random.next() * 20) / 4; // coarse values: many ties
      values.push(x);
      p.push(x);
      expect(p.latestPercentile()).toBe(bruteForce(values, window));
    }
    expect(p.size).toBe(window);
  });

  it('ignores values that are not finite', () => {
    const p = new RollingPercentile(4);
    p.push(1);
    p.push(NaN);
    expect(p.size).toBe(1);
    expect(p.latestPercentile()).toBe(0.5);
  });
});
