import { describe, expect, it } from 'vitest';
import type { Bar } from '../../series/bar.js';
import { averageTrueRange } from './average-true-range.js';
import { NormalizedAverageTrueRange, normalizedAverageTrueRange } from './normalized-average-true-range.js';
import {
  expectSeedDifferenceDecays,
  hasTulip,
  readTulipCase,
  TULIP_TOLERANCE,
} from '../contract/reference-vectors.test-support.js';

const bar = (high: number, low: number, close: number): Bar => ({ time: 0, open: close, high, low, close, volume: 0 });
// ATR(2) of these bars is NaN, NaN, 3, 1.75, 1.875 (hand-computed in average-true-range.test.ts).
const bars = [bar(10, 9, 9.5), bar(12, 11, 11.5), bar(11, 8, 8.5), bar(9, 8.75, 9), bar(10, 8, 9)];

describe('NormalizedAverageTrueRange', () => {
  it('is the ATR as a percentage of the current close', () => {
    const expected = [NaN, NaN, (3 / 8.5) * 100, (1.75 / 9) * 100, (1.875 / 9) * 100];
    const streaming = new NormalizedAverageTrueRange(2);
    expect(streaming.lookback).toBe(2);
    expect(bars.map((b) => streaming.update(b) ?? NaN)).toEqual(expected);
    const batch = normalizedAverageTrueRange(bars.map((b) => b.high), bars.map((b) => b.low), bars.map((b) => b.close), 2);
    expect(Array.from(batch)).toEqual(expected);
  });

  it('answers 0 rather than a blow-up when the close is zero, as TA-Lib does', () => {
    const withZero = [...bars.slice(0, 4), bar(1, 0, 0)];
    const [high, low, close] = [withZero.map((b) => b.high), withZero.map((b) => b.low), withZero.map((b) => b.close)];
    const batch = normalizedAverageTrueRange(high, low, close, 2);
    expect(batch[4]).toBe(0);
  });

  it('rejects a period below 1, naming it', () => {
    expect(() => new NormalizedAverageTrueRange(0)).toThrow('period must be an integer >= 1, got 0');
  });

  // Tulip's ATR starts one bar earlier (bar 0's true range is high-low), so NATR*close/100, i.e. the
  // ATR, must differ from ours only by a seed difference shrinking by (period-1)/period per bar.
  // The tolerance is Tulip's 3-decimal rounding scaled back by close/100.
  describe.runIf(hasTulip('extra'))('against Tulip vectors', () => {
    it.each([
      ['extra', 45],
      ['untest', 59],
    ] as const)('follows tests/%s.txt case %i up to the ATR seeding difference', (file, caseNumber) => {
      const { inputs, outputs, options } = readTulipCase(file, 'natr', caseNumber);
      const period = options.period;
      const ours = normalizedAverageTrueRange(inputs.high, inputs.low, inputs.close, period);
      const oursAtr = averageTrueRange(inputs.high, inputs.low, inputs.close, period);
      expect(Array.from(ours).map((v, i) => (v * inputs.close[i]) / 100).slice(period)).toEqual(
        Array.from(oursAtr.slice(period)).map((v) => expect.closeTo(v, 12)),
      );
      const theirsAtr = outputs.natr.map((v, i) => (v * inputs.close[i]) / 100);
      const scale = Math.max(...inputs.close) / 100;
      expectSeedDifferenceDecays(oursAtr, theirsAtr, period, (period - 1) / period, 2 * TULIP_TOLERANCE * scale);
    });
  });
});
