import { describe, expect, it } from 'vitest';
import { TripleExponentialAverage, tripleExponentialAverage } from './triple-exponential-average.js';

// Tulip's trix vectors (atoz 35, untest 87) are not used: Tulip seeds each EMA stage at its own
// first bar, and with 10-15 inputs that seeding still moves TRIX by up to 36%; TRIX is a ratio of
// the triple EMA, so no simple seed-difference law can be checked. The TA-Lib oracle covers it.
describe('TripleExponentialAverage', () => {
  it('is the one-bar percent change of the triple EMA: on a line, slope / previous triple EMA', () => {
    // An SMA-seeded EMA of a line lags it by (period-1)/2 steps, so the triple EMA at bar t is
    // line(t - 3*(period-1)/2) and TRIX = 100 * slope / line(t - 1 - 3*(period-1)/2).
    const line = Array.from({ length: 30 }, (_, i) => 10 + 2 * i);
    const ours = tripleExponentialAverage(line, 3);
    expect(ours[6]).toBeNaN();
    for (let t = 7; t < 30; t++) expect(ours[t]).toBeCloseTo((100 * 2) / (10 + 2 * (t - 1 - 3)), 10);
  });

  it('answers 0 when the previous triple EMA is 0, as TA-Lib ROC does', () => {
    const values = [0, 0, 0, 0, 0, 0, 0, 0, 1];
    const ours = tripleExponentialAverage(values, 2);
    expect(ours[4]).toBe(0);
    expect(ours[8]).toBe(0);
  });

  it('is the one-bar percent change of the input with period 1 (an EMA(1) is the input)', () => {
    const values = [10, 11, 9.9, 12];
    const ours = tripleExponentialAverage(values, 1);
    expect(ours[0]).toBeNaN();
    for (let t = 1; t < 4; t++) expect(ours[t]).toBeCloseTo((values[t] / values[t - 1] - 1) * 100, 12);
  });

  it('warms up for 3*(period-1)+1 inputs in streaming too', () => {
    const streaming = new TripleExponentialAverage(4);
    expect(streaming.lookback).toBe(10);
    const values = Array.from({ length: 16 }, (_, i) => 100 + Math.cos(i));
    expect(values.map((v) => streaming.update(v) ?? NaN)).toEqual(Array.from(tripleExponentialAverage(values, 4)));
  });

  it('rejects a period below 1, naming it', () => {
    expect(() => tripleExponentialAverage([1], 0)).toThrow('period must be an integer >= 1, got 0');
  });
});
