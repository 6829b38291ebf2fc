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
import { UltimateOscillator, ultimateOscillator } from './ultimate-oscillator.js';

const high = [10, 11, 12, 12];
const low = [8, 9, 10, 9];
const close = [9, 10, 11, 9];

describe('ultimateOscillator', () => {
  it('weights the three pressure/range ratios 4:2:1 (hand-computed, periods 1/2/3)', () => {
    // Buying pressure 1, 1, 0 and true range 2, 2, 3 on bars 1-3. Ratios at bar 3: 0/3, 1/5, 2/7;
    // 100 * (4 * 0 + 2 * 0.2 + 2/7) / 7 = 480/49.
    const ult = ultimateOscillator(high, low, close, 1, 2, 3);
    expect(Array.from(ult.subarray(0, 3))).toEqual([NaN, NaN, NaN]);
    expect(ult[3]).toBeCloseTo(480 / 49, 12);
  });

  it('sorts the periods first, as TA-Lib does, so weight 4 always goes to the shortest', () => {
    expect(Array.from(ultimateOscillator(high, low, close, 3, 1, 2))).toEqual(Array.from(ultimateOscillator(high, low, close, 1, 2, 3)));
    expect(new UltimateOscillator(28, 7, 14).lookback).toBe(28);
  });

  it('agrees with TA-Lib on bars that start flat (no range: ratios count as 0) and then move', () => {
    const columns = flatThenWalkColumns();
    expectTalibAgreement(
      { name: 'ULTOSC', options: { optInTimePeriod1: 3, optInTimePeriod2: 5, optInTimePeriod3: 9 }, outputs: { value: 'outReal' } },
      columns,
      { value: ultimateOscillator(columns.high, columns.low, columns.close, 3, 5, 9) },
    );
  });

  it('streams the batch values', () => {
    const columns = flatThenWalkColumns();
    const indicator = new UltimateOscillator(3, 5, 9);
    const batch = ultimateOscillator(columns.high, columns.low, columns.close, 3, 5, 9);
    expect(Array.from(streamed(indicator, barsOf(columns), (v) => v))).toEqual(Array.from(batch));
    indicator.reset();
    expect(Array.from(streamed(indicator, barsOf(columns), (v) => v))).toEqual(Array.from(batch));
  });

  it('rejects periods that are not positive integers, naming them', () => {
    expect(() => new UltimateOscillator(0, 14, 28)).toThrow('shortPeriod must be an integer >= 1, got 0');
    expect(() => ultimateOscillator(high, low, close, 7, 14, 2.5)).toThrow('longPeriod must be an integer >= 1, got 2.5');
  });

  describe.runIf(hasStockCharts('cs-ultosc.csv'))('StockCharts worked example cs-ultosc.csv', () => {
    it('reproduces the Ult_Osc column (7/14/28) on the rows it has', () => {
      // Plain sums, no seed: the sheet's two values (rows 28 and 29) compare directly.
      const example = readStockCharts('cs-ultosc.csv');
      const ours = ultimateOscillator(example.column('High'), example.column('Low'), example.column('Close'), 7, 14, 28);
      expect(rowsMismatch(ours, example.column('Ult_Osc'), 28, example.rows, 5e-7)).toBeNull();
    });
  });

  describe.runIf(hasTulipVectors())('Tulip Indicators vectors', () => {
    it.each(tulipCases('ultosc').map((c) => [tulipLabel(c), c] as const))('matches %s', (_label, tulip) => {
      const { short_period: short, medium_period: medium, long_period: long } = tulip.options;
      const ours = ultimateOscillator(tulip.inputs.high, tulip.inputs.low, tulip.inputs.close, short, medium, long);
      expect(tulipMismatch(ours, tulip.outputs.ultosc)).toBeNull();
    });
  });
});
