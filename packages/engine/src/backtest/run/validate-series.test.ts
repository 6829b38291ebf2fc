import { describe, expect, it } from 'vitest';
import { BarSeries } from '../../series/bar-series.js';
import { barsOf, flat } from '../test/backtest-bars.test-support.js';
import { validateSeries } from './validate-series.js';

describe('validateSeries', () => {
  it('accepts ascending bars with all four prices', () => {
    expect(() => validateSeries(barsOf([flat(1), flat(2)]))).not.toThrow();
  });

  it('rejects an empty series, a missing price and times out of order, naming the bar', () => {
    expect(() => validateSeries(barsOf([]))).toThrow('series TEST has no bars');
    expect(() => validateSeries(barsOf([flat(1), [1, NaN, 1, 1]]))).toThrow('series TEST has a missing price at bar 1 (2024-01-02T00:00:00.000Z)');
    const unordered = BarSeries.fromBars({ symbol: 'X' }, [
      { time: 2, open: 1, high: 1, low: 1, close: 1, volume: 0 },
      { time: 1, open: 1, high: 1, low: 1, close: 1, volume: 0 },
    ]);
    expect(() => validateSeries(unordered)).toThrow(RangeError);
    expect(() => validateSeries(unordered)).toThrow('series X is not in ascending time order at bar 1');
  });
});
