import { describe, expect, it } from 'vitest';
import { barsOf, flatThenWalkColumns, streamed } from '../contract/indicator-test-kit.test-support.js';
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
import { WilliamsPercentRange, williamsPercentRange } from './williams-percent-range.js';

describe('williamsPercentRange', () => {
  it('measures the close down from the highest high, on the -100..0 scale (hand-computed, period 3)', () => {
    // Bar 2: H 12, L 8, close 10 -> -50. Bar 3: H 13, L 9, close 12 -> -25.
    const wr = williamsPercentRange([10, 12, 11, 13], [8, 9, 9, 10], [9, 11, 10, 12], 3);
    expect(Array.from(wr.subarray(0, 2))).toEqual([NaN, NaN]);
    expect(wr[2]).toBeCloseTo(-50, 12);
    expect(wr[3]).toBeCloseTo(-25, 12);
  });

  it('answers 0 for an empty range and agrees with TA-Lib on bars that start flat', () => {
    const columns = flatThenWalkColumns();
    const ours = williamsPercentRange(columns.high, columns.low, columns.close, 5);
    expect(ours[4]).toBe(0);
    expectTalibAgreement({ name: 'WILLR', options: { optInTimePeriod: 5 }, outputs: { value: 'outReal' } }, columns, { value: ours });
  });

  it('streams the batch values', () => {
    const columns = flatThenWalkColumns();
    const indicator = new WilliamsPercentRange(5);
    expect(indicator.lookback).toBe(4);
    expect(Array.from(streamed(indicator, barsOf(columns), (v) => v))).toEqual(
      Array.from(williamsPercentRange(columns.high, columns.low, columns.close, 5)),
    );
  });

  it('rejects a period below 2, naming it', () => {
    expect(() => new WilliamsPercentRange(1)).toThrow('period must be an integer >= 2, got 1');
  });

  describe.runIf(hasStockCharts('cs-percentr.csv'))('StockCharts worked example cs-percentr.csv', () => {
    it('reproduces the Williams %R column (14 bars) on every row it has', () => {
      const example = readStockCharts('cs-percentr.csv');
      const ours = williamsPercentRange(example.column('High'), example.column('Low'), example.column('Close'), 14);
      expect(rowsMismatch(ours, example.column('Williams_%R'), 13, example.rows, 5e-7)).toBeNull();
    });
  });

  describe.runIf(hasTulipVectors())('Tulip Indicators vectors', () => {
    it.each(tulipCases('willr').map((c) => [tulipLabel(c), c] as const))('matches %s', (_label, tulip) => {
      const ours = williamsPercentRange(tulip.inputs.high, tulip.inputs.low, tulip.inputs.close, tulip.options.period);
      expect(tulipMismatch(ours, tulip.outputs.willr)).toBeNull();
    });
  });
});
