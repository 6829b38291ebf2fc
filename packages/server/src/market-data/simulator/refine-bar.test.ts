import { createSeededRandom } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { refineBar, type RefineSpec } from './refine-bar.js';

const even = (n: number): Float64Array => new Float64Array(n).fill(1 / n);

function spec(overrides: Partial<RefineSpec> = {}): RefineSpec {
  return {
    open: 100, high: 103.5, low: 98.2, close: 101.37, volume: 1_234_567, sigma: 0.015,
    varianceShares: even(13), volumeShares: even(13), jumpIndex: -1, jumpSize: 0, ticksPerUnit: 100, ...overrides,
  };
}

describe('refineBar', () => {
  it('reproduces the parent bar exactly over many random draws', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const parent = spec({ close: 100 + (seed % 7) - 3, high: 104 + (seed % 3), low: 95 - (seed % 2) });
      const children = refineBar(parent, createSeededRandom(seed));
      const n = children.open.length;
      expect(children.open[0]).toBe(parent.open);
      expect(children.close[n - 1]).toBe(parent.close);
      expect(Math.max(...children.high)).toBe(parent.high);
      expect(Math.min(...children.low)).toBe(parent.low);
      expect(children.volume.reduce((sum, v) => sum + v, 0)).toBe(parent.volume);
      for (let k = 0; k < n; k++) {
        if (k > 0) expect(children.open[k]).toBe(children.close[k - 1]);
        expect(children.low[k]).toBeLessThanOrEqual(Math.min(children.open[k], children.close[k]));
        expect(children.high[k]).toBeGreaterThanOrEqual(Math.max(children.open[k], children.close[k]));
        expect(Number.isInteger(children.volume[k]) && children.volume[k] >= 0).toBe(true);
        expect(Math.round(children.close[k] * 100)).toBeCloseTo(children.close[k] * 100, 9);
      }
    }
  });

  it('puts a jump inside the sub-bar that holds it', () => {
    const children = refineBar(spec({ open: 100, close: 108, high: 108.5, low: 99.6, jumpIndex: 6, jumpSize: Math.log(1.07), sigma: 0.01 }), createSeededRandom(3));
    const moves = [...children.close].map((close, k) => Math.log(close / children.open[k]));
    const largest = moves.indexOf(Math.max(...moves));
    expect(largest).toBe(6);
    expect(moves[6]).toBeGreaterThan(0.05);
  });

  it('gives the same children for the same seed and different ones for another', () => {
    const a = refineBar(spec(), createSeededRandom(11));
    const b = refineBar(spec(), createSeededRandom(11));
    const c = refineBar(spec(), createSeededRandom(12));
    expect([...a.close]).toEqual([...b.close]);
    expect([...a.close]).not.toEqual([...c.close]);
  });
});
