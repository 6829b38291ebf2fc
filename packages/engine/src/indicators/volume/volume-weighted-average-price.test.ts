import { describe, expect, it } from 'vitest';
import { barsOf, columnsOf, streamed } from '../contract/indicator-test-kit.test-support.js';
import { hasStockCharts, readStockCharts, rowsMismatch } from '../contract/reference-vectors.test-support.js';
import { VolumeWeightedAveragePrice, volumeWeightedAveragePrice } from './volume-weighted-average-price.js';

const HOUR = 3_600_000;
const day = Date.UTC(2024, 2, 1);

/** Three bars on 1 March (00:00, 01:00, 23:00 UTC), then two on 2 March (00:00, 01:00). */
const session = columnsOf({
  time: [day, day + HOUR, day + 23 * HOUR, day + 24 * HOUR, day + 25 * HOUR],
  high: [11, 13, 21, 6, 9],
  low: [9, 11, 19, 4, 7],
  close: [10, 12, 20, 5, 8],
  volume: [100, 300, 0, 0, 10],
});

describe('volumeWeightedAveragePrice', () => {
  it('averages the typical price weighted by volume since the UTC day began, restarting at midnight', () => {
    // Day 1: 10 (v 100); (1000 + 3600) / 400 = 11.5; a bar without volume leaves it at 11.5.
    // Day 2: no volume yet -> the bar's typical price 5; then (0 + 80) / 10 = 8.
    const ours = volumeWeightedAveragePrice(session.time, session.high, session.low, session.close, session.volume);
    expect(Array.from(ours)).toEqual([10, 11.5, 11.5, 5, 8]);
  });

  it('is the typical price on daily bars, each its own session', () => {
    const daily = columnsOf({ high: [12, 15], low: [9, 10], close: [10.5, 11], volume: [5, 7] });
    expect(Array.from(volumeWeightedAveragePrice(daily.time, daily.high, daily.low, daily.close, daily.volume))).toEqual([
      (12 + 9 + 10.5) / 3,
      (15 + 10 + 11) / 3,
    ]);
  });

  it('streams the batch values from the first bar and forgets the session on reset', () => {
    const indicator = new VolumeWeightedAveragePrice();
    expect(indicator.lookback).toBe(0);
    const batch = volumeWeightedAveragePrice(session.time, session.high, session.low, session.close, session.volume);
    expect(Array.from(streamed(indicator, barsOf(session), (v) => v))).toEqual(Array.from(batch));
    indicator.reset();
    expect(indicator.value).toBeNull();
    expect(indicator.update(barsOf(session)[1])).toBe(12);
  });

  it('rejects columns of different lengths, naming them', () => {
    expect(() => volumeWeightedAveragePrice(session.time.subarray(1), session.high, session.low, session.close, session.volume)).toThrow(
      'high has 5 values, time has 4',
    );
  });

  describe.runIf(hasStockCharts('cs-vwap.csv'))('StockCharts worked example cs-vwap.csv', () => {
    it('reproduces the cumulative part of the vwap column when the rows form one session', () => {
      // The sheet's rows are daily, but its vwap column is `ta`'s VolumeWeightedAveragePrice with the
      // default window of 14: a ROLLING 14-row VWAP, while ours is anchored at the session start. The
      // two coincide while the window still holds every row since the start, i.e. on rows 0-13, if
      // all rows belong to one session; so they are fed as 30 one-minute bars of a single UTC day.
      // From row 14 on `ta` drops the oldest row and the conventions differ by design.
      const example = readStockCharts('cs-vwap.csv');
      const time = Float64Array.from({ length: example.rows }, (_, i) => day + i * 60_000);
      const ours = volumeWeightedAveragePrice(time, example.column('High'), example.column('Low'), example.column('Close'), example.column('Volume'));
      expect(rowsMismatch(ours, example.column('vwap'), 0, 14, 1e-12)).toBeNull();
      expect(rowsMismatch(ours, example.column('vwap'), 14, 15, 1e-6)).not.toBeNull();
    });
  });
});
