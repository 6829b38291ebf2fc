import { describe, expect, it } from 'vitest';
import { hasStockCharts, readStockCharts, rowsMismatch } from '../contract/reference-vectors.test-support.js';
import { StochasticK, stochasticK } from './stochastic-k.js';

const high = [10, 12, 11, 13, 12, 14];
const low = [8, 9, 9, 10, 11, 11];
const close = [9, 11, 10, 12, 12, 13];

describe('stochasticK', () => {
  it('places the close within the range of the last period bars, in percent (hand-computed)', () => {
    // Bar 2: H 12, L 8, close 10 -> 50. Bars 3-5: H 13/13/14, L 9/9/10 -> 75 each.
    const k = stochasticK(high, low, close, 3);
    expect(Array.from(k.subarray(0, 2))).toEqual([NaN, NaN]);
    expect(k[2]).toBeCloseTo(50, 12);
    for (const i of [3, 4, 5]) expect(k[i]).toBeCloseTo(75, 12);
  });

  it('answers 0 when the range is empty, as TA-Lib does', () => {
    expect(Array.from(stochasticK([5, 5, 5], [5, 5, 5], [5, 5, 5], 2))).toEqual([NaN, 0, 0]);
  });

  it('gives the batch numbers one bar at a time, NaN during the warm-up', () => {
    const core = new StochasticK(3);
    const streamed = high.map((h, i) => core.next(h, low[i], close[i]));
    expect(streamed).toEqual(Array.from(stochasticK(high, low, close, 3)));
    core.reset();
    expect(core.next(1, 0, 0.5)).toBeNaN();
  });

  it('rejects a period that is not a positive integer, naming it', () => {
    expect(() => new StochasticK(0)).toThrow('fastKPeriod must be an integer >= 1, got 0');
  });

  describe.runIf(hasStockCharts('cs-soo.csv'))('StockCharts worked example cs-soo.csv', () => {
    it('reproduces the %K column (SO, 14 bars) on every row it has', () => {
      // %K has no recursive seed, so every row from the 14th compares (values printed to 6 decimals).
      const example = readStockCharts('cs-soo.csv');
      const ours = stochasticK(example.column('High'), example.column('Low'), example.column('Close'), 14);
      expect(rowsMismatch(ours, example.column('SO'), 13, example.rows, 5e-7)).toBeNull();
    });
  });
});
