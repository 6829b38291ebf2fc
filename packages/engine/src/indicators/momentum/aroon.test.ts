import { describe, expect, it } from 'vitest';
import { Aroon, aroon } from './aroon.js';
import { barsOf, streamed, tiedColumns } from '../contract/indicator-test-kit.test-support.js';
import { hasTulipVectors, tulipCases, tulipLabel, tulipMismatch } from '../contract/reference-vectors.test-support.js';
import { expectTalibAgreement } from '../contract/talib-agreement.test-support.js';

describe('aroon', () => {
  it('scores how recent the highest high and lowest low of the last period + 1 bars are (hand-computed)', () => {
    // Period 3, windows of 4 bars. Bar 3: highs 1 3 2 3, the latest 3 is today -> up 100; the low 2 is
    // today -> down 100. Bar 4: both extremes are 1 bar old -> 100/3 * 2.
    const { up, down } = aroon([1, 3, 2, 3, 1], [5, 4, 6, 2, 3], 3);
    expect(Array.from(up.subarray(0, 3))).toEqual([NaN, NaN, NaN]);
    expect(up[3]).toBe(100);
    expect(down[3]).toBe(100);
    expect(up[4]).toBeCloseTo(200 / 3, 12);
    expect(down[4]).toBeCloseTo(200 / 3, 12);
  });

  it('resolves ties to the most recent bar exactly as TA-Lib does', () => {
    const columns = tiedColumns();
    expectTalibAgreement(
      { name: 'AROON', options: { optInTimePeriod: 7 }, outputs: { down: 'outAroonDown', up: 'outAroonUp' } },
      columns,
      aroon(columns.high, columns.low, 7),
    );
  });

  it('streams the batch values with a lookback of period bars', () => {
    const columns = tiedColumns(80);
    const indicator = new Aroon(7);
    expect(indicator.lookback).toBe(7);
    const batch = aroon(columns.high, columns.low, 7);
    expect(Array.from(streamed(indicator, barsOf(columns), (v) => v.up))).toEqual(Array.from(batch.up));
    indicator.reset();
    expect(Array.from(streamed(indicator, barsOf(columns), (v) => v.down))).toEqual(Array.from(batch.down));
  });

  it('rejects a period below 2 and ragged columns, naming them', () => {
    expect(() => new Aroon(1)).toThrow('period must be an integer >= 2, got 1');
    expect(() => aroon([1, 2, 3], [1, 2], 2)).toThrow('low has 2 values, high has 3');
  });

  describe.runIf(hasTulipVectors())('Tulip Indicators vectors', () => {
    it.each(tulipCases('aroon').map((c) => [tulipLabel(c), c] as const))('matches %s', (_label, tulip) => {
      const { up, down } = aroon(tulip.inputs.high, tulip.inputs.low, tulip.options.period);
      expect(tulipMismatch(up, tulip.outputs.aroon_up)).toBeNull();
      expect(tulipMismatch(down, tulip.outputs.aroon_down)).toBeNull();
    });
  });
});
