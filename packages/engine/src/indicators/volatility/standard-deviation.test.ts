import { describe, expect, it } from 'vitest';
import { runTalib } from '../contract/talib-oracle.test-support.js';
import { columnsOf } from '../contract/indicator-test-kit.test-support.js';
import {
  expectClose,
  hasTulip,
  range,
  readTulipCase,
  TULIP_TOLERANCE,
} from '../contract/reference-vectors.test-support.js';
import { StandardDeviation, standardDeviation } from './standard-deviation.js';

describe('StandardDeviation', () => {
  it('is the population standard deviation of the window (2,4,4,4,5,5,7,9 has sigma 2)', () => {
    const values = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(standardDeviation(values, 8)[7]).toBe(2);
    const streaming = new StandardDeviation(8);
    expect(streaming.lookback).toBe(7);
    expect(values.map((v) => streaming.update(v))).toEqual([null, null, null, null, null, null, null, 2]);
  });

  it('slides the window: period 2 over 1, 3, 3 gives 1 then 0', () => {
    expect(Array.from(standardDeviation([1, 3, 3], 2))).toEqual([NaN, 1, 0]);
  });

  it('leaves the same rounding noise as TA-Lib on a constant series (running sums), not a cleaned-up 0', () => {
    const values = new Array<number>(40).fill(100.1);
    const ours = standardDeviation(values, 20);
    const spec = { name: 'STDDEV', options: { optInTimePeriod: 20, optInNbDev: 1 }, outputs: { value: 'outReal' } };
    const talib = runTalib(spec, columnsOf({ close: values }));
    expect(ours[39]).toBeGreaterThan(0);
    expect(ours[39]).toBeLessThan(1e-5);
    expect(Array.from(ours)).toEqual(Array.from(talib.value));
  });

  it('rejects a period below 1, naming it', () => {
    expect(() => standardDeviation([1, 2], 0)).toThrow('period must be an integer >= 1, got 0');
  });

  // STDDEV has no seeding, so Tulip's vectors must match on every row.
  describe.runIf(hasTulip('atoz'))('against Tulip vectors', () => {
    it.each([
      ['atoz', 30],
      ['untest', 74],
      ['extra', 53],
    ] as const)('matches tests/%s.txt case %i on every row', (file, caseNumber) => {
      const { inputs, outputs, options } = readTulipCase(file, 'stddev', caseNumber);
      const ours = standardDeviation(inputs.real, options.period);
      expectClose(ours, outputs.stddev, range(options.period - 1, ours.length), TULIP_TOLERANCE);
    });
  });
});
