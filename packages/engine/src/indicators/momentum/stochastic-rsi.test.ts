import { describe, expect, it } from 'vitest';
import { flatThenWalkColumns, streamed } from '../contract/indicator-test-kit.test-support.js';
import { hasTulipVectors, tulipCases, tulipLabel, tulipMismatch } from '../contract/reference-vectors.test-support.js';
import { expectTalibAgreement } from '../contract/talib-agreement.test-support.js';
import { StochasticRsi, stochasticRsi } from './stochastic-rsi.js';

describe('stochasticRsi', () => {
  it('is the fast stochastic of the RSI (hand-computed, RSI 2, %K 2, %D 1)', () => {
    // RSI(2) of 1 2 4 3 3 5 is -, -, 100, 60, 60, 90.48. %K over 2 RSI values: (60-60)/(100-60) = 0,
    // then an empty range -> 0, then (90.48 - 60) / (90.48 - 60) = 100.
    const { k, d } = stochasticRsi([1, 2, 4, 3, 3, 5], 2, 2, 1);
    expect(Array.from(k.subarray(0, 3))).toEqual([NaN, NaN, NaN]);
    expect(Array.from(k.subarray(3, 5))).toEqual([0, 0]);
    expect(k[5]).toBeCloseTo(100, 12);
    expect(Array.from(d)).toEqual(Array.from(k));
  });

  it('warms up for rsiPeriod + fastK - 1 + fastD - 1 bars (20 for 14/5/3)', () => {
    expect(new StochasticRsi().lookback).toBe(20);
  });

  it('agrees with TA-Lib on bars that start flat and then move', () => {
    const columns = flatThenWalkColumns();
    expectTalibAgreement(
      {
        name: 'STOCHRSI',
        options: { optInTimePeriod: 6, optInFastK_Period: 4, optInFastD_Period: 3, optInFastD_MAType: 0 },
        outputs: { k: 'outFastK', d: 'outFastD' },
      },
      columns,
      stochasticRsi(columns.close, 6, 4, 3),
    );
  });

  it('streams the batch values', () => {
    const closes = Array.from(flatThenWalkColumns().close);
    const batch = stochasticRsi(closes, 6, 4, 3);
    expect(Array.from(streamed(new StochasticRsi(6, 4, 3), closes, (v) => v.k))).toEqual(Array.from(batch.k));
    expect(Array.from(streamed(new StochasticRsi(6, 4, 3), closes, (v) => v.d))).toEqual(Array.from(batch.d));
  });

  it('rejects bad periods, naming them', () => {
    expect(() => stochasticRsi([1, 2, 3], 14, 0, 3)).toThrow('fastKPeriod must be an integer >= 1, got 0');
    expect(() => new StochasticRsi(1)).toThrow('period must be an integer >= 2, got 1');
  });

  describe.runIf(hasTulipVectors())('Tulip Indicators vectors', () => {
    // Tulip's stochrsi(period) is %K over `period` RSI(period) values with no %D, on a 0..1 scale.
    // (The StockCharts cs-stochrsi.csv example is built on `ta`'s differently seeded RSI, see the RSI
    // test, so it is not comparable with only 33 rows.)
    it.each(tulipCases('stochrsi').map((c) => [tulipLabel(c), c] as const))('matches %s', (_label, tulip) => {
      const period = tulip.options.period;
      const { k } = stochasticRsi(tulip.inputs.real, period, period, 1);
      expect(tulipMismatch(k.map((v) => v / 100), tulip.outputs.stochrsi)).toBeNull();
    });
  });
});
