import { describe, expect, it } from 'vitest';
import type { Bar } from '../../series/bar.js';
import {
  expectClose,
  hasStockCharts,
  hasTulip,
  range,
  readStockCharts,
  readTulipCase,
  TULIP_TOLERANCE,
} from '../contract/reference-vectors.test-support.js';
import { TrueRange, trueRange } from './true-range.js';

const bar = (high: number, low: number, close: number): Bar => ({ time: 0, open: close, high, low, close, volume: 0 });

// Hand-computed: a gap up (|high - previous close| wins), a gap down (|low - previous close| wins),
// a gap above a narrow bar, and an inside bar (high - low wins).
const bars = [bar(10, 9, 9.5), bar(12, 11, 11.5), bar(11, 8, 8.5), bar(9, 8.75, 9), bar(10, 8, 9)];
const expected = [NaN, 2.5, 3.5, 0.5, 2];

describe('TrueRange', () => {
  it('takes the largest of high-low and the distances from the previous close, from the second bar on', () => {
    const streaming = new TrueRange();
    expect(bars.map((b) => streaming.update(b) ?? NaN)).toEqual(expected);
    expect(
      Array.from(trueRange(bars.map((b) => b.high), bars.map((b) => b.low), bars.map((b) => b.close))),
    ).toEqual(expected);
  });

  it('forgets the previous close on reset', () => {
    const indicator = new TrueRange();
    indicator.update(bars[0]);
    indicator.update(bars[1]);
    indicator.reset();
    expect(indicator.value).toBeNull();
    expect(indicator.update(bars[2])).toBeNull();
    expect(indicator.update(bars[3])).toBe(0.5);
  });

  it('rejects columns of different lengths, naming the column', () => {
    expect(() => trueRange([1, 2], [1], [1, 2])).toThrow('low has 1 values, high has 2');
  });

  // Tulip's `tr` gives bar 0 the value high-low; TA-Lib (and we) give none, so compare from bar 1.
  describe.runIf(hasTulip('atoz'))('against Tulip vectors', () => {
    it.each([
      ['atoz', 33],
      ['untest', 85],
    ] as const)('matches tests/%s.txt case %i from bar 1', (file, caseNumber) => {
      const { inputs, outputs } = readTulipCase(file, 'tr', caseNumber);
      const ours = trueRange(inputs.high, inputs.low, inputs.close);
      expectClose(ours, outputs.tr, range(1, ours.length), TULIP_TOLERANCE);
    });
  });

  it.runIf(hasStockCharts('cs-atr.csv'))('matches the TR column of the StockCharts spreadsheet cs-atr.csv from row 1', () => {
    const sheet = readStockCharts('cs-atr.csv');
    const ours = trueRange(sheet.column('High'), sheet.column('Low'), sheet.column('Close'));
    expectClose(ours, sheet.column('TR'), range(1, ours.length), 1e-12);
  });
});
