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
import { AccumulationDistribution, accumulationDistribution, moneyFlowVolume } from './accumulation-distribution.js';

describe('accumulationDistribution', () => {
  it('accumulates the close location in the range times the volume (hand-computed)', () => {
    // (1.5 - 0.5) / 2 * 100 = 50; a bar without range adds 0; (0 - 2) / 2 * 10 = -10.
    expect(Array.from(accumulationDistribution([10, 10, 12], [8, 10, 10], [9.5, 10, 10], [100, 50, 10]))).toEqual([50, 50, 40]);
    expect(moneyFlowVolume(10, 10, 10, 1e6)).toBe(0);
  });

  it('agrees with TA-Lib on bars that start flat and then move', () => {
    const columns = flatThenWalkColumns();
    expectTalibAgreement({ name: 'AD', outputs: { value: 'outReal' } }, columns, {
      value: accumulationDistribution(columns.high, columns.low, columns.close, columns.volume),
    });
  });

  it('streams the batch values from the first bar', () => {
    const columns = flatThenWalkColumns();
    const indicator = new AccumulationDistribution();
    expect(Array.from(streamed(indicator, barsOf(columns), (v) => v))).toEqual(
      Array.from(accumulationDistribution(columns.high, columns.low, columns.close, columns.volume)),
    );
    indicator.reset();
    expect(indicator.value).toBeNull();
  });

  describe.runIf(hasStockCharts('cs-accum.csv'))('StockCharts worked example cs-accum.csv', () => {
    it('reproduces the ADLine column from the first row', () => {
      // A running sum from the first bar, like TA-Lib: every row compares (4 decimals printed).
      const example = readStockCharts('cs-accum.csv');
      const ours = accumulationDistribution(example.column('High'), example.column('Low'), example.column('Close'), example.column('Volume'));
      expect(rowsMismatch(ours, example.column('ADLine'), 0, example.rows, 5e-5)).toBeNull();
    });
  });

  describe.runIf(hasTulipVectors())('Tulip Indicators vectors', () => {
    // atoz case 0 was hand-corrected from the book and is truncated rather than rounded in places
    // (-7690.666 for -7690.6667), hence 1e-3.
    it.each(tulipCases('ad').map((c) => [tulipLabel(c), c] as const))('matches %s', (_label, tulip) => {
      const { high, low, close, volume } = tulip.inputs;
      expect(tulipMismatch(accumulationDistribution(high, low, close, volume), tulip.outputs.ad, 1e-3)).toBeNull();
    });
  });
});
