import { describe, expect, it } from 'vitest';
import {
  expectClose,
  hasStockCharts,
  hasTulip,
  range,
  readStockCharts,
  readTulipCase,
  TULIP_TOLERANCE,
} from '../contract/reference-vectors.test-support.js';
import { WeightedMovingAverage, weightedMovingAverage } from './weighted-moving-average.js';

describe('WeightedMovingAverage', () => {
  it('weights the window 1..period, newest heaviest', () => {
    // Period 3 over 1..5: (1+4+9)/6, (2+6+12)/6, (3+8+15)/6.
    const expected = [NaN, NaN, 14 / 6, 20 / 6, 26 / 6];
    expect(Array.from(weightedMovingAverage([1, 2, 3, 4, 5], 3))).toEqual(expected);
    const streaming = new WeightedMovingAverage(3);
    expect(streaming.lookback).toBe(2);
    expect([1, 2, 3, 4, 5].map((v) => streaming.update(v) ?? NaN)).toEqual(expected);
  });

  it('returns the input unchanged with period 1, as TA-Lib does', () => {
    const values = [0.1, 0.7, 0.3, 1e9, 0.2];
    expect(Array.from(weightedMovingAverage(values, 1))).toEqual(values);
    const streaming = new WeightedMovingAverage(1);
    expect(values.map((v) => streaming.update(v))).toEqual(values);
  });

  it('rejects a period below 1, naming it', () => {
    expect(() => new WeightedMovingAverage(0)).toThrow('period must be an integer >= 1, got 0');
  });

  // A WMA has no seeding, so Tulip's vectors must match on every row.
  describe.runIf(hasTulip('atoz'))('against Tulip vectors', () => {
    it.each([
      ['atoz', 43],
      ['untest', 102],
    ] as const)('matches tests/%s.txt case %i on every row', (file, caseNumber) => {
      const { inputs, outputs, options } = readTulipCase(file, 'wma', caseNumber);
      const ours = weightedMovingAverage(inputs.real, options.period);
      expectClose(ours, outputs.wma, range(options.period - 1, ours.length), TULIP_TOLERANCE);
    });
  });

  // cs-wma.csv (bukosabino/ta, window 9, 4 decimals): its first eight WMA values come from closes
  // before the file starts, so the comparison begins at row 8.
  it.runIf(hasStockCharts('cs-wma.csv'))('matches the WMA column of cs-wma.csv from row 8', () => {
    const sheet = readStockCharts('cs-wma.csv');
    const ours = weightedMovingAverage(sheet.column('Close'), 9);
    expectClose(ours, sheet.column('WMA'), range(8, ours.length), 5e-5);
  });
});
