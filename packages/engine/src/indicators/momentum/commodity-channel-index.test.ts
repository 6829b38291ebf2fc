import { describe, expect, it } from 'vitest';
import { CommodityChannelIndex, commodityChannelIndex } from './commodity-channel-index.js';
import { barsOf, columnsOf, flatThenWalkColumns, streamed } from '../contract/indicator-test-kit.test-support.js';
import {
  hasStockCharts,
  hasTulipVectors,
  readStockCharts,
  rowsMismatch,
  tulipCases,
  tulipLabel,
  tulipMismatch,
} from '../contract/reference-vectors.test-support.js';
import { expectTalibAgreement } from '../contract/talib-agreement.test-support.js';

describe('commodityChannelIndex', () => {
  it('divides the distance from the mean by 0.015 mean deviations (hand-computed, period 3)', () => {
    // Typical prices 1 2 3 6 (high = low = close). Bar 2: mean 2, mean deviation 2/3 -> 1 / 0.01 = 100.
    // Bar 3: mean 11/3, mean deviation 14/9 -> (7/3) / (0.015 * 14/9) = 100.
    const closes = [1, 2, 3, 6];
    const cci = commodityChannelIndex(closes, closes, closes, 3);
    expect(Array.from(cci.subarray(0, 2))).toEqual([NaN, NaN]);
    expect(cci[2]).toBeCloseTo(100, 10);
    expect(cci[3]).toBeCloseTo(100, 10);
  });

  it('answers 0 when the window has no deviation, as TA-Lib does', () => {
    const closes = [5, 5, 5, 5];
    expect(Array.from(commodityChannelIndex(closes, closes, closes, 2).subarray(1))).toEqual([0, 0, 0]);
  });

  it('agrees with TA-Lib on bars that start flat and then move', () => {
    const columns = flatThenWalkColumns();
    expectTalibAgreement({ name: 'CCI', options: { optInTimePeriod: 7 }, outputs: { value: 'outReal' } }, columns, {
      value: commodityChannelIndex(columns.high, columns.low, columns.close, 7),
    });
  });

  it('streams the batch values and starts over on reset', () => {
    const columns = flatThenWalkColumns();
    const bars = barsOf(columns);
    const indicator = new CommodityChannelIndex(7);
    const batch = commodityChannelIndex(columns.high, columns.low, columns.close, 7);
    expect(Array.from(streamed(indicator, bars, (v) => v))).toEqual(Array.from(batch));
    indicator.reset();
    expect(Array.from(streamed(indicator, bars, (v) => v))).toEqual(Array.from(batch));
  });

  it('rejects a period below 2 and ragged columns, naming them', () => {
    expect(() => new CommodityChannelIndex(1)).toThrow('period must be an integer >= 2, got 1');
    const c = columnsOf({ close: [1, 2, 3] });
    expect(() => commodityChannelIndex(c.high, c.low.subarray(1), c.close, 2)).toThrow('low has 2 values, close has 3');
  });

  describe.runIf(hasStockCharts('cs-cci.csv'))('StockCharts worked example cs-cci.csv', () => {
    it('reproduces the CCI column (20 bars) on every row it has', () => {
      // CCI has no recursive seed, so all rows from the 20th compare; the sheet prints 4 decimals.
      const example = readStockCharts('cs-cci.csv');
      const ours = commodityChannelIndex(example.column('High'), example.column('Low'), example.column('Close'), 20);
      expect(rowsMismatch(ours, example.column('CCI'), 19, example.rows, 5e-5)).toBeNull();
    });
  });

  describe.runIf(hasTulipVectors())('Tulip Indicators vectors', () => {
    it.each(tulipCases('cci').map((c) => [tulipLabel(c), c] as const))('matches %s', (_label, tulip) => {
      const ours = commodityChannelIndex(tulip.inputs.high, tulip.inputs.low, tulip.inputs.close, tulip.options.period);
      expect(tulipMismatch(ours, tulip.outputs.cci)).toBeNull();
    });
  });
});
