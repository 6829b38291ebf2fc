import { describe, expect, it } from 'vitest';
import { contractBars } from '../contract/contract-bars.test-support.js';
import { bollingerBands } from './bollinger-bands.js';
import { RollingZScore, rollingZScore } from './rolling-z-score.js';
import { standardDeviation } from './standard-deviation.js';

describe('RollingZScore', () => {
  it('measures the current value in population sigmas from the window mean', () => {
    // 2,4,4,4,5,5,7,9: mean 5, sigma 2, so the last value 9 is 2 sigmas above.
    const values = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(rollingZScore(values, 8)[7]).toBe(2);
    // Window 4,4,4,5: mean 4.25, variance 0.1875, z = 0.75 / sqrt(0.1875) = sqrt(3).
    const streaming = new RollingZScore(4);
    expect(streaming.lookback).toBe(3);
    const streamed = [3, 4, 4, 4, 5].map((v) => streaming.update(v));
    expect(streamed.slice(0, 3)).toEqual([null, null, null]);
    expect(streamed[4]).toBeCloseTo(Math.sqrt(3), 12);
  });

  it('is 0 on a flat window, even where the running sums leave a tiny non-zero sigma', () => {
    const values = [...Array.from({ length: 30 }, (_, i) => 100 + Math.sin(i) * 3), ...new Array<number>(30).fill(100.1)];
    // The TA-Lib-style sigma over the flat windows is rounding noise, not 0 ...
    const sigma = standardDeviation(values, 20);
    for (let i = 49; i < 60; i++) expect(sigma[i]).toBeGreaterThan(0);
    // ... and the z-score treats it as 0 rather than dividing noise by noise.
    const z = rollingZScore(values, 20);
    for (let i = 49; i < 60; i++) expect(z[i]).toBe(0);
    expect(z[48]).not.toBe(0);
  });

  it('is consistent with Bollinger Bands: x - middle = z * (upper - middle) / deviations', () => {
    const close = contractBars(600, 5).close;
    const z = rollingZScore(close, 20);
    const bands = bollingerBands(close, 20, 2);
    for (let i = 19; i < close.length; i++) {
      const sigma = (bands.upper[i] - bands.middle[i]) / 2;
      expect(z[i] * sigma).toBeCloseTo(close[i] - bands.middle[i], 9);
    }
  });

  it('rejects a period below 2, naming it', () => {
    expect(() => new RollingZScore(1)).toThrow('period must be an integer >= 2, got 1');
    expect(() => rollingZScore([1, 2, 3], 1.5)).toThrow('period must be an integer >= 2, got 1.5');
  });
});
