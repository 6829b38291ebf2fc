import { describe, expect, it } from 'vitest';
import { AverageTrueRange } from '../../indicators/volatility/average-true-range.js';
import { randomWalkBars } from '../../series/random-walk-bars.js';
import { AtrPercentile, atrPercentileFeature } from './atr-percentile.js';

describe('AtrPercentile', () => {
  it('ranks the current ATR / close among its last `window` values, mid-rank (ties split), 0..1', () => {
    const series = randomWalkBars({ length: 120, seed: 13 });
    const indicator = new AtrPercentile(5, 30, 10);
    const atr = new AverageTrueRange(5);
    const ratios: number[] = [];
    for (let i = 0; i < series.length; i++) {
      const bar = series.bar(i);
      const value = indicator.update(bar);
      const a = atr.update(bar);
      if (a !== null) ratios.push(a / bar.close);
      if (ratios.length < 10 || a === null) {
        expect(value).toBeNull();
        continue;
      }
      // Independent reference: position of the newest ratio in the sorted window.
      const window = ratios.slice(-30);
      const x = window[window.length - 1];
      const below = window.filter((v) => v < x).length;
      const equal = window.filter((v) => v === x).length;
      expect(value).toBe((below + (equal - 1) / 2) / (window.length - 1));
    }
    expect(indicator.lookback).toBe(5 + 10 - 1);
  });

  it('has no value on a bar without a positive close, and resets', () => {
    const series = randomWalkBars({ length: 40, seed: 2 });
    const indicator = new AtrPercentile(3, 10, 2);
    for (let i = 0; i < 30; i++) indicator.update(series.bar(i));
    expect(indicator.value).not.toBeNull();
    expect(indicator.update({ ...series.bar(30), close: 0 })).toBeNull();
    indicator.reset();
    expect(indicator.update(series.bar(0))).toBeNull();
    expect(atrPercentileFeature(14, 252, 20).key).toBe('ATR_PERCENTILE(14,252,20)');
    expect(() => new AtrPercentile(14, 252, 0)).toThrow('minSamples must be an integer >= 1, got 0');
  });
});
