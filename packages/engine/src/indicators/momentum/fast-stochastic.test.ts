import { describe, expect, it } from 'vitest';
import { FastStochastic, fastStochastic } from './fast-stochastic.js';
import { barsOf, columnsOf, flatThenWalkColumns, streamed } from '../contract/indicator-test-kit.test-support.js';
import { hasStockCharts, readStockCharts, rowsMismatch } from '../contract/reference-vectors.test-support.js';
import { expectTalibAgreement } from '../contract/talib-agreement.test-support.js';

const high = [10, 12, 11, 13, 12, 14];
const low = [8, 9, 9, 10, 11, 11];
const close = [9, 11, 10, 12, 12, 13];

describe('fastStochastic', () => {
  it('reports raw %K as k and its SMA as d, both from the first bar d exists (hand-computed, 3/2)', () => {
    // Raw %K from bar 2: 50, 75, 75, 75; d = SMA2: 62.5, 75, 75.
    const { k, d } = fastStochastic(high, low, close, 3, 2);
    expect(k[2]).toBeNaN();
    expect(k[3]).toBeCloseTo(75, 12);
    expect(d[3]).toBeCloseTo(62.5, 12);
    expect(d[5]).toBeCloseTo(75, 12);
  });

  it('agrees with TA-Lib STOCHF on bars that start flat and then move', () => {
    const columns = flatThenWalkColumns();
    expectTalibAgreement(
      { name: 'STOCHF', options: { optInFastK_Period: 5, optInFastD_Period: 3, optInFastD_MAType: 0 }, outputs: { k: 'outFastK', d: 'outFastD' } },
      columns,
      fastStochastic(columns.high, columns.low, columns.close, 5, 3),
    );
  });

  it('streams the batch values; lookback fastK - 1 + fastD - 1', () => {
    const bars = barsOf(columnsOf({ high, low, close }));
    const indicator = new FastStochastic(3, 2);
    expect(indicator.lookback).toBe(3);
    expect(Array.from(streamed(indicator, bars, (v) => v.d))).toEqual(Array.from(fastStochastic(high, low, close, 3, 2).d));
    expect(indicator.next(20, 10, 15)).toEqual(expect.objectContaining({ k: expect.any(Number) }));
    indicator.reset();
    expect(indicator.value).toBeNull();
  });

  it('rejects a bad fastDPeriod, naming it', () => {
    expect(() => new FastStochastic(14, 0)).toThrow('fastDPeriod must be an integer >= 1, got 0');
  });

  describe.runIf(hasStockCharts('cs-soo.csv'))('StockCharts worked example cs-soo.csv', () => {
    it('reproduces %K (SO) and its 3-bar SMA (SO_SIG) on every row both have', () => {
      // The ChartSchool "Stochastic Oscillator" sheet: %K over 14 bars and %D = SMA3 of %K, i.e. the
      // fast stochastic. No recursive seed, so every row compares (6 decimals printed); the sheet starts
      // %D one bar later than TA-Lib, at row 16.
      const example = readStockCharts('cs-soo.csv');
      const ours = fastStochastic(example.column('High'), example.column('Low'), example.column('Close'), 14, 3);
      expect(rowsMismatch(ours.k, example.column('SO'), 15, example.rows, 5e-7)).toBeNull();
      expect(rowsMismatch(ours.d, example.column('SO_SIG'), 16, example.rows, 5e-7)).toBeNull();
    });
  });
});
