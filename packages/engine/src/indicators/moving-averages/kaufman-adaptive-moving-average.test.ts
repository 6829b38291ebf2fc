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
import { KaufmanAdaptiveMovingAverage, kaufmanAdaptiveMovingAverage } from './kaufman-adaptive-moving-average.js';

const FAST = 2 / 3;
const SLOW = 2 / 31;

describe('KaufmanAdaptiveMovingAverage', () => {
  it('moves at the fast constant (2/3)^2 when the path is straight (efficiency ratio 1)', () => {
    // Period 2 over 1,2,3,4: seeded with the input at bar 1 (2), first value at bar 2.
    const sc = FAST ** 2;
    const k2 = (3 - 2) * sc + 2;
    const k3 = (4 - k2) * sc + k2;
    const streaming = new KaufmanAdaptiveMovingAverage(2);
    expect(streaming.lookback).toBe(2);
    const streamed = [1, 2, 3, 4].map((v) => streaming.update(v) ?? NaN);
    expect(streamed[1]).toBeNaN();
    expect(streamed[2]).toBeCloseTo(k2, 12);
    expect(streamed[3]).toBeCloseTo(k3, 12);
  });

  it('moves at the slow constant (2/31)^2 when the path goes nowhere (efficiency ratio 0)', () => {
    // 1,2,1: net change 0 over a path of 2, previous KAMA = 2.
    const ours = kaufmanAdaptiveMovingAverage([1, 2, 1], 2);
    expect(ours[2]).toBeCloseTo((1 - 2) * SLOW ** 2 + 2, 14);
  });

  it('rejects a period below 1, naming it', () => {
    expect(() => new KaufmanAdaptiveMovingAverage(0)).toThrow('period must be an integer >= 1, got 0');
  });

  // Tulip seeds KAMA as TA-Lib does (previous KAMA = the input at bar period-1), so every row matches.
  describe.runIf(hasTulip('untest'))('against Tulip vectors', () => {
    it.each([
      ['untest', 40],
      ['extra', 29],
    ] as const)('matches tests/%s.txt case %i on every row from bar `period`', (file, caseNumber) => {
      const { inputs, outputs, options } = readTulipCase(file, 'kama', caseNumber);
      const ours = kaufmanAdaptiveMovingAverage(inputs.real, options.period);
      expectClose(ours, outputs.kama, range(options.period, ours.length), TULIP_TOLERANCE);
    });
  });

  // StockCharts' KAMA(10, 2, 30) spreadsheet starts from the close at bar 9, as TA-Lib does; 6 decimals.
  it.runIf(hasStockCharts('cs-kama.csv'))('matches the StockCharts KAMA spreadsheet (cs-kama.csv) from row 10', () => {
    const sheet = readStockCharts('cs-kama.csv');
    const ours = kaufmanAdaptiveMovingAverage(sheet.column('Close'), 10);
    expectClose(ours, sheet.column('KAMA'), range(10, ours.length), 5e-6);
  });
});
