import { describe, expect, it } from 'vitest';
import { barsOf, flatThenWalkColumns, streamed } from '../contract/indicator-test-kit.test-support.js';
import { hasTulipVectors, tulipCases, tulipLabel, tulipMismatch } from '../contract/reference-vectors.test-support.js';
import { expectTalibAgreement } from '../contract/talib-agreement.test-support.js';
import { ChaikinOscillator, chaikinOscillator } from './chaikin-oscillator.js';

describe('chaikinOscillator', () => {
  it('subtracts a slow from a fast EMA of the AD line, both seeded with the first AD value (hand-computed)', () => {
    // AD line 50, 50, 40. k = 2/3 (fast 2) and 1/2 (slow 3); bar 2: 2/3*40 + 1/3*50 - (40 + 50) / 2 = -5/3.
    const ours = chaikinOscillator([10, 10, 12], [8, 10, 10], [9.5, 10, 10], [100, 50, 10], 2, 3);
    expect(Array.from(ours.subarray(0, 2))).toEqual([NaN, NaN]);
    expect(ours[2]).toBeCloseTo(-5 / 3, 12);
  });

  it('warms up for max(fast, slow) - 1 bars (9 for 3/10)', () => {
    expect(new ChaikinOscillator().lookback).toBe(9);
    expect(new ChaikinOscillator(10, 3).lookback).toBe(9);
  });

  it('agrees with TA-Lib on bars that start flat and then move', () => {
    const columns = flatThenWalkColumns();
    expectTalibAgreement({ name: 'ADOSC', options: { optInFastPeriod: 3, optInSlowPeriod: 10 }, outputs: { value: 'outReal' } }, columns, {
      value: chaikinOscillator(columns.high, columns.low, columns.close, columns.volume, 3, 10),
    });
  });

  it('streams the batch values', () => {
    const columns = flatThenWalkColumns();
    const indicator = new ChaikinOscillator(3, 10);
    const batch = chaikinOscillator(columns.high, columns.low, columns.close, columns.volume, 3, 10);
    expect(Array.from(streamed(indicator, barsOf(columns), (v) => v))).toEqual(Array.from(batch));
    indicator.reset();
    expect(Array.from(streamed(indicator, barsOf(columns), (v) => v))).toEqual(Array.from(batch));
  });

  it('rejects periods below 2, naming them', () => {
    expect(() => new ChaikinOscillator(1, 10)).toThrow('fastPeriod must be an integer >= 2, got 1');
    expect(() => chaikinOscillator([1], [1], [1], [1], 3, 0)).toThrow('slowPeriod must be an integer >= 2, got 0');
  });

  describe.runIf(hasTulipVectors())('Tulip Indicators vectors', () => {
    // Tulip seeds both EMAs with the first AD value, as TA-Lib does, so every value compares.
    it.each(tulipCases('adosc').map((c) => [tulipLabel(c), c] as const))('matches %s', (_label, tulip) => {
      const { high, low, close, volume } = tulip.inputs;
      const ours = chaikinOscillator(high, low, close, volume, tulip.options.short_period, tulip.options.long_period);
      expect(tulipMismatch(ours, tulip.outputs.adosc)).toBeNull();
    });
  });
});
