import { describe, expect, it } from 'vitest';
import { flatThenWalkColumns, streamed } from '../contract/indicator-test-kit.test-support.js';
import {
  hasStockCharts,
  hasTulipVectors,
  readStockCharts,
  tulipCases,
  tulipLabel,
  tulipMismatch,
} from '../contract/reference-vectors.test-support.js';
import { expectTalibAgreement } from '../contract/talib-agreement.test-support.js';
import { RelativeStrengthIndex, relativeStrengthIndex } from './relative-strength-index.js';

describe('relativeStrengthIndex', () => {
  it('seeds with plain averages, then smooths the Wilder way (hand-computed, period 2)', () => {
    // Changes +1 +2 -1 0 +2. Seed: gain 1.5, loss 0 -> 100. Then gain/loss = (prev * 1 + move) / 2:
    // 0.75/0.5 -> 60; 0.375/0.25 -> 60; 1.1875/0.125 -> 100 * 19/21.
    const rsi = relativeStrengthIndex([1, 2, 4, 3, 3, 5], 2);
    expect(Array.from(rsi.subarray(0, 2))).toEqual([NaN, NaN]);
    expect(rsi[2]).toBe(100);
    expect(rsi[3]).toBeCloseTo(60, 12);
    expect(rsi[4]).toBeCloseTo(60, 12);
    expect(rsi[5]).toBeCloseTo((100 * 19) / 21, 12);
  });

  it('answers 0, not 50, when there was no movement at all, as TA-Lib does', () => {
    expect(Array.from(relativeStrengthIndex([7, 7, 7, 7, 7], 3).subarray(3))).toEqual([0, 0]);
  });

  it('agrees with TA-Lib on bars that start flat (zero-movement guard) and then move', () => {
    const columns = flatThenWalkColumns();
    expectTalibAgreement({ name: 'RSI', options: { optInTimePeriod: 5 }, outputs: { value: 'outReal' } }, columns, {
      value: relativeStrengthIndex(columns.close, 5),
    });
  });

  it('streams the same numbers as the batch function, null during the warm-up of period bars', () => {
    const closes = [44.34, 44.09, 44.15, 43.61, 44.33, 44.83, 45.1, 45.42, 45.84];
    const indicator = new RelativeStrengthIndex(4);
    expect(indicator.lookback).toBe(4);
    const values = streamed(indicator, closes, (v) => v);
    expect(Array.from(values)).toEqual(Array.from(relativeStrengthIndex(closes, 4)));
    indicator.reset();
    expect(indicator.value).toBeNull();
  });

  it('rejects a period below 2, naming it', () => {
    expect(() => relativeStrengthIndex([1, 2, 3], 1)).toThrow('period must be an integer >= 2, got 1');
    expect(() => new RelativeStrengthIndex(0)).toThrow(RangeError);
  });

  describe.runIf(hasTulipVectors())('Tulip Indicators vectors', () => {
    // Tulip seeds RSI as TA-Lib does (plain averages of the first period changes), so every value compares.
    it.each(tulipCases('rsi').map((c) => [tulipLabel(c), c] as const))('matches %s', (_label, tulip) => {
      const ours = relativeStrengthIndex(tulip.inputs.real, tulip.options.period);
      expect(tulipMismatch(ours, tulip.outputs.rsi)).toBeNull();
    });
  });

  describe.runIf(hasStockCharts('cs-rsi.csv'))('StockCharts worked example cs-rsi.csv', () => {
    // The file's RSI column is `ta`'s RSI, whose averages start at the first change (its "Avg Gain"
    // column is non-zero from row 2) instead of Wilder's plain 14-change average; with only 33 rows
    // that seed has not washed out (the tail still differs by ~2 points), so the column is not
    // comparable. Its Gain and Loss columns are the raw moves, though: Wilder's seed from them is
    // the first RSI StockCharts publishes for this example (70.53), and it must be ours.
    it('gives the Wilder-seeded first RSI computed from the Gain and Loss columns of the file', () => {
      const example = readStockCharts('cs-rsi.csv');
      const gain = example.column('Gain');
      const loss = example.column('Loss');
      let gainTotal = 0;
      let lossTotal = 0;
      for (let row = 1; row <= 14; row++) {
        gainTotal += gain[row];
        lossTotal += loss[row];
      }
      const wilder = 100 - 100 / (1 + gainTotal / 14 / (lossTotal / 14));
      const ours = relativeStrengthIndex(example.column('Close'), 14);
      expect(ours[14]).toBeCloseTo(wilder, 9);
      expect(ours[14]).toBeCloseTo(70.53, 2);
    });
  });
});
