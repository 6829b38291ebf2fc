import { describe, expect, it } from 'vitest';
import type { Bar } from '../../series/bar.js';
import { AverageTrueRange, averageTrueRange } from './average-true-range.js';
import {
  expectSeedDifferenceDecays,
  hasStockCharts,
  hasTulip,
  readStockCharts,
  readTulipCase,
  TULIP_TOLERANCE,
} from '../contract/reference-vectors.test-support.js';
import { trueRange } from './true-range.js';

const bar = (high: number, low: number, close: number): Bar => ({ time: 0, open: close, high, low, close, volume: 0 });
// True ranges (hand-computed in true-range.test.ts): -, 2.5, 3.5, 0.5, 2.
const bars = [bar(10, 9, 9.5), bar(12, 11, 11.5), bar(11, 8, 8.5), bar(9, 8.75, 9), bar(10, 8, 9)];
const columns = (list: Bar[]) => [list.map((b) => b.high), list.map((b) => b.low), list.map((b) => b.close)] as const;

describe('AverageTrueRange', () => {
  it('seeds with the mean of the first `period` true ranges (from bar 1) and then smooths the Wilder way', () => {
    // Period 2: (2.5 + 3.5) / 2 = 3 at bar 2, then (3*1 + 0.5) / 2 = 1.75, then (1.75 + 2) / 2 = 1.875.
    const expected = [NaN, NaN, 3, 1.75, 1.875];
    const streaming = new AverageTrueRange(2);
    expect(streaming.lookback).toBe(2);
    expect(bars.map((b) => streaming.update(b) ?? NaN)).toEqual(expected);
    expect(Array.from(averageTrueRange(...columns(bars), 2))).toEqual(expected);
  });

  it('is the true range itself with period 1, as TA-Lib ATR(1) is', () => {
    expect(Array.from(averageTrueRange(...columns(bars), 1))).toEqual(Array.from(trueRange(...columns(bars))));
  });

  it('gives all NaN when there are no more bars than the period', () => {
    expect(Array.from(averageTrueRange(...columns(bars.slice(0, 2)), 2))).toEqual([NaN, NaN]);
  });

  it('rejects a period below 1, naming it', () => {
    expect(() => new AverageTrueRange(0)).toThrow('period must be an integer >= 1, got 0');
    expect(() => averageTrueRange([1], [1], [1], 2.5)).toThrow('period must be an integer >= 1, got 2.5');
  });

  // Tulip seeds ATR with the mean of the first `period` true ranges counting bar 0 as high-low, one
  // bar earlier than TA-Lib. Both then run the same Wilder recursion on the same true ranges, so
  // from our first bar on the difference must shrink by (period-1)/period per bar; it has not
  // washed out within these short vectors, hence the decay check instead of a tail comparison.
  describe.runIf(hasTulip('atoz'))('against Tulip vectors', () => {
    it.each([
      ['atoz', 5],
      ['untest', 13],
    ] as const)('follows tests/%s.txt case %i up to the seeding difference', (file, caseNumber) => {
      const { inputs, outputs, options } = readTulipCase(file, 'atr', caseNumber);
      const period = options.period;
      const ours = averageTrueRange(inputs.high, inputs.low, inputs.close, period);
      expectSeedDifferenceDecays(ours, outputs.atr, period, (period - 1) / period, 2 * TULIP_TOLERANCE);
    });
  });

  // The StockCharts spreadsheet seeds the same way as Tulip (bar 0's TR = high-low, first ATR at
  // period-1); its values carry 10 decimals.
  const hasSheets = hasStockCharts('cs-atr.csv') && hasStockCharts('cs-atr2.csv');
  describe.runIf(hasSheets)('against the StockCharts ATR spreadsheets', () => {
    it.each([
      ['cs-atr.csv', 14],
      ['cs-atr2.csv', 10],
    ] as const)('follows %s (period %i) up to the seeding difference', (file, period) => {
      const sheet = readStockCharts(file);
      const ours = averageTrueRange(sheet.column('High'), sheet.column('Low'), sheet.column('Close'), period);
      expectSeedDifferenceDecays(ours, sheet.column('ATR'), period, (period - 1) / period, 1e-9);
      // And the seeds really differ, so the check above is not vacuous.
      expect(Math.abs(ours[period] - sheet.column('ATR')[period])).toBeGreaterThan(1e-3);
    });
  });
});
