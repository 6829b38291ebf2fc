import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../random/seeded-random.js';
import { barsOf, columnsOf, flatThenWalkColumns, streamed } from '../contract/indicator-test-kit.test-support.js';
import { hasTulipVectors, tulipCases, tulipLabel, tulipMismatch } from '../contract/reference-vectors.test-support.js';
import { expectTalibAgreement } from '../contract/talib-agreement.test-support.js';
import { StochasticOscillator, stochasticOscillator } from './stochastic-oscillator.js';

const high = [10, 12, 11, 13, 12, 14];
const low = [8, 9, 9, 10, 11, 11];
const close = [9, 11, 10, 12, 12, 13];

describe('stochasticOscillator', () => {
  it('smooths %K with an SMA into k, and k with an SMA into d (hand-computed, 3/2/2)', () => {
    // Raw %K from bar 2: 50, 75, 75, 75. k = SMA2: 62.5, 75, 75. d = SMA2 of k: 68.75, 75.
    const { k, d } = stochasticOscillator(high, low, close, 3, 2, 2);
    expect(Array.from(k.subarray(0, 4))).toEqual([NaN, NaN, NaN, NaN]);
    expect(Array.from(d.subarray(0, 4))).toEqual([NaN, NaN, NaN, NaN]);
    expect(k[4]).toBeCloseTo(75, 12);
    expect(d[4]).toBeCloseTo(68.75, 12);
    expect(k[5]).toBeCloseTo(75, 12);
    expect(d[5]).toBeCloseTo(75, 12);
  });

  it('warms up for fastK - 1 + slowK - 1 + slowD - 1 bars (17 for 14/3/3)', () => {
    expect(new StochasticOscillator().lookback).toBe(17);
    expect(new StochasticOscillator(5, 3, 4).lookback).toBe(9);
  });

  it('agrees with TA-Lib on bars that start flat (empty range) and then move', () => {
    const columns = flatThenWalkColumns();
    expectTalibAgreement(
      {
        name: 'STOCH',
        options: { optInFastK_Period: 5, optInSlowK_Period: 3, optInSlowK_MAType: 0, optInSlowD_Period: 4, optInSlowD_MAType: 0 },
        outputs: { k: 'outSlowK', d: 'outSlowD' },
      },
      columns,
      stochasticOscillator(columns.high, columns.low, columns.close, 5, 3, 4),
    );
  });

  it('streams the batch values as fresh {k, d} objects', () => {
    const bars = barsOf(columnsOf({ high, low, close }));
    const indicator = new StochasticOscillator(3, 2, 2);
    const values = bars.map((bar) => indicator.update(bar));
    expect(values.slice(0, 4)).toEqual([null, null, null, null]);
    expect(values[4]).not.toBe(values[5]);
    const batch = stochasticOscillator(high, low, close, 3, 2, 2);
    expect(Array.from(streamed(new StochasticOscillator(3, 2, 2), bars, (v) => v.d))).toEqual(Array.from(batch.d));
    expect(Array.from(streamed(new StochasticOscillator(3, 2, 2), bars, (v) => v.k))).toEqual(Array.from(batch.k));
  });

  it('streams exactly the batch values on bars full of ties and with a steadily falling stretch, for fastK 1 to 16', () => {
    // Prices on a coarse grid make equal highs and lows frequent (ties go to the newest bar in both
    // paths); the falling stretch makes the highest high leave the window on every bar.
    const random = createSeededRandom(5);
    const highs = Array.from({ length: 600 }, () => 50 + Math.round(random.next() * 20) / 2);
    for (let i = 300; i < 400; i++) highs[i] = 500 - i;
    const lows = highs.map((h) => h - Math.round(random.next() * 6) / 2);
    const closes = highs.map((h, i) => lows[i] + (h - lows[i]) * Math.round(random.next() * 4) / 4);
    const bars = barsOf(columnsOf({ high: highs, low: lows, close: closes }));
    for (let fastK = 1; fastK <= 16; fastK++) {
      const batch = stochasticOscillator(highs, lows, closes, fastK, 3, 2);
      const indicator = new StochasticOscillator(fastK, 3, 2);
      const values = bars.map((bar) => indicator.update(bar));
      const k = values.findIndex((v, i) => !Object.is(v?.k ?? NaN, batch.k[i]));
      const d = values.findIndex((v, i) => !Object.is(v?.d ?? NaN, batch.d[i]));
      expect([k, d], `fastK ${fastK}: first k and d mismatch`).toEqual([-1, -1]);
    }
  });

  it('rejects bad periods and columns of different lengths, naming them', () => {
    expect(() => new StochasticOscillator(14, 0, 3)).toThrow('slowKPeriod must be an integer >= 1, got 0');
    expect(() => stochasticOscillator(high, low, close, 14, 3, -1)).toThrow('slowDPeriod must be an integer >= 1, got -1');
    expect(() => stochasticOscillator(high, low.slice(1), close)).toThrow('low has 5 values, close has 6');
  });

  describe.runIf(hasTulipVectors())('Tulip Indicators vectors', () => {
    // Tulip's stoch is the same slow stochastic (SMA smoothing); atoz case 31 notes that the book's odd
    // %K smoothing was replaced by an SMA and recalculated.
    it.each(tulipCases('stoch').map((c) => [tulipLabel(c), c] as const))('matches %s', (_label, tulip) => {
      const { k, d } = stochasticOscillator(
        tulip.inputs.high,
        tulip.inputs.low,
        tulip.inputs.close,
        tulip.options.k_period,
        tulip.options.k_slowing_period,
        tulip.options.d_period,
      );
      expect(tulipMismatch(k, tulip.outputs.stoch_k)).toBeNull();
      expect(tulipMismatch(d, tulip.outputs.stoch_d)).toBeNull();
    });
  });
});
