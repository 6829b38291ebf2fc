import { describe, expect, it } from 'vitest';
import { hasTulip, prependCopies, readTulipCase, TULIP_TOLERANCE } from '../contract/reference-vectors.test-support.js';
import { TripleExponentialMovingAverage, tripleExponentialMovingAverage } from './triple-exponential-moving-average.js';

describe('TripleExponentialMovingAverage', () => {
  it('tracks a straight line with no lag from its first value (3*EMA - 3*EMA2 + EMA3 cancels the lag)', () => {
    const line = Array.from({ length: 40 }, (_, i) => 50 - 0.25 * i);
    const ours = tripleExponentialMovingAverage(line, 5);
    expect(ours[11]).toBeNaN();
    for (let i = 12; i < 40; i++) expect(ours[i]).toBeCloseTo(line[i], 10);
  });

  it('warms up for 3*(period-1) inputs in streaming too', () => {
    const streaming = new TripleExponentialMovingAverage(4);
    expect(streaming.lookback).toBe(9);
    const values = Array.from({ length: 14 }, (_, i) => Math.sqrt(i + 1));
    expect(values.map((v) => streaming.update(v) ?? NaN)).toEqual(Array.from(tripleExponentialMovingAverage(values, 4)));
  });

  it('rejects a period below 1, naming it', () => {
    expect(() => new TripleExponentialMovingAverage(-3)).toThrow('period must be an integer >= 1, got -3');
  });

  // Tulip seeds EMA1 with the first input, EMA2 with EMA1 at bar p-1 and EMA3 with EMA2 at bar
  // 2(p-1); TA-Lib seeds each with an SMA. With 3(p-1) copies of the first input prepended our EMA1
  // equals Tulip's, and a pure seed difference in EMA2/EMA3 makes the TEMA difference
  // (alpha + beta*t) * r^t with r = 1 - 2/(p+1) (EMA3 passes on EMA2's geometric difference). Alpha and
  // beta are read off the first two rows and the rest must follow; 3-4 rows are too few for the
  // seeding to wash out. The tolerance allows for Tulip's 3-decimal rounding propagated by the fit.
  describe.runIf(hasTulip('atoz'))('against Tulip vectors', () => {
    it.each([
      ['atoz', 32],
      ['untest', 82],
    ] as const)('follows tests/%s.txt case %i up to the EMA2/EMA3 seeds', (file, caseNumber) => {
      const { inputs, outputs, options } = readTulipCase(file, 'tema', caseNumber);
      const period = options.period;
      const pad = 3 * (period - 1);
      const ours = tripleExponentialMovingAverage(prependCopies(inputs.real, pad), period).slice(pad);
      const first = 3 * (period - 1);
      const r = 1 - 2 / (period + 1);
      const difference = (t: number) => ours[t] - outputs.tema[t];
      const alpha = difference(first);
      const beta = difference(first + 1) / r - alpha;
      expect(Math.abs(alpha)).toBeGreaterThan(0.01);
      for (let t = first + 2; t < ours.length; t++) {
        const predicted = r ** (t - first) * (alpha + beta * (t - first));
        expect(Math.abs(difference(t) - predicted), `row ${t}`).toBeLessThanOrEqual(5 * TULIP_TOLERANCE);
      }
    });
  });
});
