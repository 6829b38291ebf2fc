import { describe, expect, it } from 'vitest';
import { barsOf, streamed, tiedColumns } from '../contract/indicator-test-kit.test-support.js';
import { hasStockCharts, readStockCharts, rowsMismatch } from '../contract/reference-vectors.test-support.js';
import { DonchianChannel, donchianChannel } from './donchian-channel.js';

describe('donchianChannel', () => {
  it('spans the highest high and lowest low of the last period bars, current bar included (hand-computed)', () => {
    const { upper, middle, lower } = donchianChannel([5, 7, 6, 4], [3, 4, 2, 3], 3);
    expect(Array.from(upper)).toEqual([NaN, NaN, 7, 7]);
    expect(Array.from(lower)).toEqual([NaN, NaN, 2, 2]);
    expect(Array.from(middle)).toEqual([NaN, NaN, 4.5, 4.5]);
  });

  it('streams the batch values as fresh objects, with a lookback of period - 1', () => {
    const columns = tiedColumns(120);
    const indicator = new DonchianChannel(10);
    expect(indicator.lookback).toBe(9);
    const batch = donchianChannel(columns.high, columns.low, 10);
    const bars = barsOf(columns);
    expect(Array.from(streamed(indicator, bars, (v) => v.upper))).toEqual(Array.from(batch.upper));
    indicator.reset();
    expect(Array.from(streamed(indicator, bars, (v) => v.middle))).toEqual(Array.from(batch.middle));
    indicator.reset();
    expect(Array.from(streamed(indicator, bars, (v) => v.lower))).toEqual(Array.from(batch.lower));
  });

  it('rejects a bad period and ragged columns, naming them', () => {
    expect(() => new DonchianChannel(0)).toThrow('period must be an integer >= 1, got 0');
    expect(() => donchianChannel([1, 2], [1], 1)).toThrow('low has 1 values, high has 2');
  });

  describe.runIf(hasStockCharts('cs-dc.csv') && hasStockCharts('cs-dc2.csv'))('worked examples cs-dc.csv, cs-dc2.csv', () => {
    // `ta`'s DonchianChannel (window 20) as prepared by its authors (the files cite Investopedia).
    // Bands are plain extremes, so every row compares; the middle band is printed to 2 decimals.
    it('matches the offset-0 channel (current bar included) on every row', () => {
      const example = readStockCharts('cs-dc.csv');
      const ours = donchianChannel(example.column('high'), example.column('low'), 20);
      expect(rowsMismatch(ours.upper, example.column('upper_band'), 19, example.rows, 0)).toBeNull();
      expect(rowsMismatch(ours.lower, example.column('lower_band'), 19, example.rows, 0)).toBeNull();
      // 0.005 absolute on values near 50.
      expect(rowsMismatch(ours.middle, example.column('middle_band'), 19, example.rows, 1.1e-4)).toBeNull();
    });

    it('equals the offset-1 channel one bar later (the breakout convention is our previous value)', () => {
      const example = readStockCharts('cs-dc2.csv');
      const ours = donchianChannel(example.column('high'), example.column('low'), 20);
      const shifted = (column: Float64Array) => Float64Array.from(column, (_, i) => (i === 0 ? NaN : column[i - 1]));
      expect(rowsMismatch(shifted(ours.upper), example.column('upper_band'), 20, example.rows, 0)).toBeNull();
      expect(rowsMismatch(shifted(ours.lower), example.column('lower_band'), 20, example.rows, 0)).toBeNull();
    });
  });
});
