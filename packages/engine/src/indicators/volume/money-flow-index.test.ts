import { describe, expect, it } from 'vitest';
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
import { MoneyFlowIndex, moneyFlowIndex } from './money-flow-index.js';

describe('moneyFlowIndex', () => {
  it('splits typical price * volume by the direction of the typical price (hand-computed, period 2)', () => {
    // Typical prices 10, 11 (up, flow 22), 10 (down, flow 30), 10 (unchanged, no flow).
    // Bar 2: 100 * 22 / 52. Bar 3: the up flow has left the window -> 100 * 0 / 30 = 0.
    const closes = [10, 11, 10, 10];
    const mfi = moneyFlowIndex(closes, closes, closes, [1, 2, 3, 4], 2);
    expect(Array.from(mfi.subarray(0, 2))).toEqual([NaN, NaN]);
    expect(mfi[2]).toBeCloseTo((100 * 22) / 52, 12);
    expect(mfi[3]).toBe(0);
  });

  it('answers 0 when the window holds less than 1 of money flow, as TA-Lib does', () => {
    const tiny = columnsOf({ close: [10, 10.5, 10.2, 10.7, 10.1], volume: [0.01, 0.01, 0.02, 0.01, 0.03] });
    const ours = moneyFlowIndex(tiny.high, tiny.low, tiny.close, tiny.volume, 2);
    expect(Array.from(ours.subarray(2))).toEqual([0, 0, 0]);
    expectTalibAgreement({ name: 'MFI', options: { optInTimePeriod: 2 }, outputs: { value: 'outReal' } }, tiny, { value: ours });
  });

  it('agrees with TA-Lib on bars that start flat with zero volumes and then move', () => {
    const columns = flatThenWalkColumns();
    expectTalibAgreement({ name: 'MFI', options: { optInTimePeriod: 6 }, outputs: { value: 'outReal' } }, columns, {
      value: moneyFlowIndex(columns.high, columns.low, columns.close, columns.volume, 6),
    });
  });

  it('streams the batch values with a lookback of period bars', () => {
    const columns = flatThenWalkColumns();
    const indicator = new MoneyFlowIndex(6);
    expect(indicator.lookback).toBe(6);
    const batch = moneyFlowIndex(columns.high, columns.low, columns.close, columns.volume, 6);
    expect(Array.from(streamed(indicator, barsOf(columns), (v) => v))).toEqual(Array.from(batch));
    indicator.reset();
    expect(Array.from(streamed(indicator, barsOf(columns), (v) => v))).toEqual(Array.from(batch));
  });

  it('rejects a period below 2, naming it', () => {
    expect(() => new MoneyFlowIndex(1)).toThrow('period must be an integer >= 2, got 1');
  });

  describe.runIf(hasStockCharts('cs-mfi.csv'))('StockCharts worked example cs-mfi.csv', () => {
    it('reproduces the MFI column (14 bars) on every row it has', () => {
      // Plain 14-bar sums, no seed: every row from the 15th compares (5 decimals printed).
      const example = readStockCharts('cs-mfi.csv');
      const ours = moneyFlowIndex(example.column('High'), example.column('Low'), example.column('Close'), example.column('Volume'), 14);
      expect(rowsMismatch(ours, example.column('MFI'), 14, example.rows, 5e-6)).toBeNull();
    });
  });

  describe.runIf(hasTulipVectors())('Tulip Indicators vectors', () => {
    it.each(tulipCases('mfi').map((c) => [tulipLabel(c), c] as const))('matches %s', (_label, tulip) => {
      const { high, low, close, volume } = tulip.inputs;
      expect(tulipMismatch(moneyFlowIndex(high, low, close, volume, tulip.options.period), tulip.outputs.mfi)).toBeNull();
    });
  });
});
