import { describe, expect, it } from 'vitest';
import type { Bar } from '../../series/bar.js';
import { KeltnerChannel, keltnerChannel } from './keltner-channel.js';
import {
  expectSeedDifferenceDecays,
  hasStockCharts,
  range,
  readStockCharts,
} from '../contract/reference-vectors.test-support.js';

const bar = (high: number, low: number, close: number): Bar => ({ time: 0, open: close, high, low, close, volume: 0 });
// ATR(2) of these bars is NaN, NaN, 3, 1.75, 1.875 (hand-computed in average-true-range.test.ts).
const bars = [bar(10, 9, 9.5), bar(12, 11, 11.5), bar(11, 8, 8.5), bar(9, 8.75, 9), bar(10, 8, 9)];

describe('KeltnerChannel', () => {
  it('puts the bands multiplier * ATR around an EMA of the close', () => {
    // EMA(2) of the closes, k = 2/3: seeded (9.5 + 11.5) / 2 = 10.5 at bar 1, then the usual recursion.
    const k = 2 / 3;
    const ema2 = (8.5 - 10.5) * k + 10.5;
    const ema3 = (9 - ema2) * k + ema2;
    const ema4 = (9 - ema3) * k + ema3;
    const atr = [3, 1.75, 1.875];
    const streaming = new KeltnerChannel(2, 2, 2);
    expect(streaming.lookback).toBe(2);
    const streamed = bars.map((b) => streaming.update(b));
    expect(streamed.slice(0, 2)).toEqual([null, null]);
    [ema2, ema3, ema4].forEach((middle, j) => {
      expect(streamed[j + 2]?.middle).toBeCloseTo(middle, 12);
      expect(streamed[j + 2]?.upper).toBeCloseTo(middle + 2 * atr[j], 12);
      expect(streamed[j + 2]?.lower).toBeCloseTo(middle - 2 * atr[j], 12);
    });
    const batch = keltnerChannel(bars.map((b) => b.high), bars.map((b) => b.low), bars.map((b) => b.close), 2, 2, 2);
    expect(Array.from(batch.middle)).toEqual(streamed.map((v) => v?.middle ?? NaN));
    expect(Array.from(batch.upper)).toEqual(streamed.map((v) => v?.upper ?? NaN));
  });

  it('waits for the slower of its EMA and ATR', () => {
    expect(new KeltnerChannel(20, 2, 10).lookback).toBe(19);
    expect(new KeltnerChannel(5, 2, 10).lookback).toBe(10);
  });

  it('rejects bad options, naming them', () => {
    expect(() => new KeltnerChannel(20, -2, 10)).toThrow('multiplier must be a finite number >= 0, got -2');
    expect(() => new KeltnerChannel(20, 2, 0)).toThrow('atrPeriod must be an integer >= 1, got 0');
    expect(() => keltnerChannel([1], [1], [1], 0)).toThrow('period must be an integer >= 1, got 0');
  });

  // cs-kc.csv is the `ta` library's KeltnerChannel(window 20, window_atr 10, original_version=False)
  // on StockCharts' Keltner example (manifest.json): the same convention as ours, EMA(close, 20)
  // +- 2 * ATR(10). What differs is the seeding: `ta` starts its EMA at the first close (pandas
  // ewm, adjust=False) and its ATR at bar 9 with bar 0's true range = high - low, where we follow
  // TA-Lib (EMA seeded with the SMA of 20 closes at bar 19, ATR with the mean of true ranges 1..10
  // at bar 10). Thirty rows are too few for that to wash out, so each part is checked to differ
  // only by a seed difference that shrinks geometrically (EMA by 19/21, ATR by 9/10 per bar).
  it.runIf(hasStockCharts('cs-kc.csv'))('follows the StockCharts Keltner spreadsheet (cs-kc.csv) up to the seeding', () => {
    const sheet = readStockCharts('cs-kc.csv');
    const [upper, middle, atr] = [sheet.column('upper_band'), sheet.column('middle_band'), sheet.column('atr')];
    const ours = keltnerChannel(sheet.column('High'), sheet.column('Low'), sheet.column('Close'), 20, 2, 10);
    const rows = range(19, sheet.rows);
    // Same band convention: the spreadsheet's bands are also 2 ATRs from its middle.
    for (const i of rows) expect(upper[i] - middle[i]).toBeCloseTo(2 * atr[i], 9);
    expectSeedDifferenceDecays(ours.middle, middle, 19, 19 / 21, 1e-9);
    const ourAtr = Array.from(ours.upper, (value, i) => (value - ours.middle[i]) / 2);
    expectSeedDifferenceDecays(ourAtr, atr, 19, 9 / 10, 1e-9);
    expect(Math.abs(ours.middle[19] - middle[19])).toBeGreaterThan(1e-3);
  });
});
