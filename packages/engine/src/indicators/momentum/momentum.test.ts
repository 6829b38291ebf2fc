import { describe, expect, it } from 'vitest';
import { streamed } from '../contract/indicator-test-kit.test-support.js';
import { hasTulipVectors, tulipCases, tulipLabel, tulipMismatch } from '../contract/reference-vectors.test-support.js';
import { Momentum, momentum } from './momentum.js';

describe('momentum', () => {
  it('answers the difference from the value period bars earlier (hand-computed, period 2)', () => {
    expect(Array.from(momentum([1, 4, 9, 16], 2))).toEqual([NaN, NaN, 8, 12]);
  });

  it('streams the batch values with a lookback of period bars', () => {
    const closes = [3, 1, 4, 1, 5, 9, 2, 6];
    const indicator = new Momentum(3);
    expect(indicator.lookback).toBe(3);
    expect(Array.from(streamed(indicator, closes, (v) => v))).toEqual(Array.from(momentum(closes, 3)));
  });

  it('rejects a period that is not a positive integer, naming it', () => {
    expect(() => new Momentum(0)).toThrow('period must be an integer >= 1, got 0');
  });

  describe.runIf(hasTulipVectors())('Tulip Indicators vectors', () => {
    it.each(tulipCases('mom').map((c) => [tulipLabel(c), c] as const))('matches %s', (_label, tulip) => {
      expect(tulipMismatch(momentum(tulip.inputs.real, tulip.options.period), tulip.outputs.mom)).toBeNull();
    });
  });
});
