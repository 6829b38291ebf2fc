import { describe, expect, it } from 'vitest';
import {
  expectSeedDifferenceDecays,
  hasTulip,
  prependCopies,
  readTulipCase,
  TULIP_TOLERANCE,
} from '../contract/reference-vectors.test-support.js';
import { DoubleExponentialMovingAverage, doubleExponentialMovingAverage } from './double-exponential-moving-average.js';

describe('DoubleExponentialMovingAverage', () => {
  it('tracks a straight line with no lag from its first value (2*EMA - EMA(EMA) cancels the EMA lag)', () => {
    // An SMA-seeded EMA of a line lags it by exactly (period-1)/2 steps, so 2*EMA - EMA(EMA) = line.
    const line = Array.from({ length: 30 }, (_, i) => 3 + 0.5 * i);
    const ours = doubleExponentialMovingAverage(line, 5);
    expect(ours[7]).toBeNaN();
    for (let i = 8; i < 30; i++) expect(ours[i]).toBeCloseTo(line[i], 10);
  });

  it('warms up for 2*(period-1) inputs in streaming too', () => {
    const streaming = new DoubleExponentialMovingAverage(5);
    expect(streaming.lookback).toBe(8);
    const values = Array.from({ length: 10 }, (_, i) => i * i);
    const streamed = values.map((v) => streaming.update(v) ?? NaN);
    expect(streamed).toEqual(Array.from(doubleExponentialMovingAverage(values, 5)));
    expect(streamed[8]).not.toBeNaN();
  });

  it('rejects a period below 1, naming it', () => {
    expect(() => doubleExponentialMovingAverage([1, 2, 3], 0)).toThrow('period must be an integer >= 1, got 0');
  });

  // Tulip seeds its first EMA with the first input and its second EMA with the first EMA at bar
  // period-1; TA-Lib seeds each with an SMA. Prepending 2*(period-1) copies of the first input makes
  // our first EMA identical to Tulip's on every real row; the second EMAs then see the same input
  // and differ only by their seeds, so the DEMA difference (= minus that) must shrink by 1 - 2/(p+1)
  // per bar. The 6-7 rows are too few for the seeding to wash out, hence this check, not a tail one.
  describe.runIf(hasTulip('atoz'))('against Tulip vectors', () => {
    it.each([
      ['atoz', 10],
      ['untest', 26],
    ] as const)('follows tests/%s.txt case %i up to the second EMA seed', (file, caseNumber) => {
      const { inputs, outputs, options } = readTulipCase(file, 'dema', caseNumber);
      const period = options.period;
      const pad = 2 * (period - 1);
      const ours = doubleExponentialMovingAverage(prependCopies(inputs.real, pad), period).slice(pad);
      expectSeedDifferenceDecays(ours, outputs.dema, 2 * (period - 1), 1 - 2 / (period + 1), 2 * TULIP_TOLERANCE);
    });
  });
});
