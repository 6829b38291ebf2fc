import { describe, expect, it } from 'vitest';
import { columnsOf, flatThenWalkColumns, streamed } from '../contract/indicator-test-kit.test-support.js';
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
import { RateOfChange, rateOfChange } from './rate-of-change.js';

describe('rateOfChange', () => {
  it('answers the change over period bars in percent (hand-computed, period 2)', () => {
    // 12 vs 10 -> +20 %; 0 vs 11 -> -100 %; 6 vs 12 -> -50 %.
    const roc = rateOfChange([10, 11, 12, 0, 6], 2);
    expect(roc[1]).toBeNaN();
    expect(roc[2]).toBeCloseTo(20, 12);
    expect(roc[3]).toBe(-100);
    expect(roc[4]).toBe(-50);
  });

  it('answers 0 when the earlier value is 0, as TA-Lib does', () => {
    const closes = [0, 5, 7];
    expect(rateOfChange(closes, 1)[1]).toBe(0);
    const withZeros = columnsOf({ close: [0, 5, 7, 0, 0, 3] });
    expectTalibAgreement({ name: 'ROC', options: { optInTimePeriod: 1 }, outputs: { value: 'outReal' } }, withZeros, {
      value: rateOfChange(withZeros.close, 1),
    });
  });

  it('streams the batch values with a lookback of period bars', () => {
    const closes = Array.from(flatThenWalkColumns().close);
    const indicator = new RateOfChange(4);
    expect(indicator.lookback).toBe(4);
    expect(Array.from(streamed(indicator, closes, (v) => v))).toEqual(Array.from(rateOfChange(closes, 4)));
    indicator.reset();
    expect(indicator.update(1)).toBeNull();
  });

  it('rejects a period that is not a positive integer, naming it', () => {
    expect(() => rateOfChange([1, 2], 0)).toThrow('period must be an integer >= 1, got 0');
  });

  describe.runIf(hasStockCharts('cs-roc.csv'))('StockCharts worked example cs-roc.csv', () => {
    it('reproduces the ROC column (12 bars, percent) on every row it has', () => {
      const example = readStockCharts('cs-roc.csv');
      const ours = rateOfChange(example.column('Close'), 12);
      expect(rowsMismatch(ours, example.column('ROC'), 12, example.rows, 1e-8)).toBeNull();
    });
  });

  describe.runIf(hasTulipVectors())('Tulip Indicators vectors', () => {
    // Tulip's roc is a fraction, ours is in percent.
    it.each(tulipCases('roc').map((c) => [tulipLabel(c), c] as const))('matches %s', (_label, tulip) => {
      const ours = rateOfChange(tulip.inputs.real, tulip.options.period).map((v) => v / 100);
      expect(tulipMismatch(ours, tulip.outputs.roc)).toBeNull();
    });
  });
});
