import { describe, expect, it } from 'vitest';
import { barsOf, columnsOf, flatThenWalkColumns, streamed } from '../contract/indicator-test-kit.test-support.js';
import {
  hasStockCharts,
  hasTulipVectors,
  readStockCharts,
  rowsMismatch,
  tulipCases,
  tulipLabel,
  tulipMismatch,
} from '../contract/reference-vectors.test-support.js';
import { expectTalibAgreement } from '../contract/talib-agreement.test-support.js';
import { AverageDirectionalIndex, averageDirectionalIndex } from './average-directional-index.js';
import { AverageDirectionalIndexRating, averageDirectionalIndexRating } from './average-directional-index-rating.js';
import { DirectionalMovement, directionalMovement } from './directional-movement.js';
import { DirectionalMovementSystem, directionalMovementSystem } from './directional-movement-system.js';
import { MinusDirectionalIndicator, minusDirectionalIndicator } from './minus-directional-indicator.js';
import { PlusDirectionalIndicator, plusDirectionalIndicator } from './plus-directional-indicator.js';

/**
 * Period 2 by hand. Moves: +DM 1, +DM 1, -DM 2, +DM 1; TR 2, 3, 4, 4.
 * Bar 2: +DM 1.5, TR 4 -> +DI 37.5, -DI 0, DX 100. Bar 3: +DM 0.75, -DM 2, TR 6 -> +DI 12.5,
 * -DI 33.33, DX 500/11; ADX = (100 + 500/11) / 2 = 800/11. Bar 4: +DM 1.375, -DM 1, TR 7 ->
 * +DI 137.5/7, -DI 100/7, DX 300/19; ADX = (800/11 + 300/19) / 2; ADXR = (that + 800/11) / 2.
 */
const hand = columnsOf({ high: [10, 11, 12, 11, 12], low: [8, 9, 9, 7, 8], close: [9, 10, 11, 8, 11] });
const adx4 = (800 / 11 + 300 / 19) / 2;

const spec = (name: string, period: number) => ({ name, options: { optInTimePeriod: period }, outputs: { value: 'outReal' } });

describe('directional movement family', () => {
  it('computes +DI, -DI, ADX and ADXR as Wilder and TA-Lib do (hand-computed, period 2)', () => {
    const { plusDI, minusDI, adx, adxr } = directionalMovement(hand.high, hand.low, hand.close, 2);
    expect(Array.from(plusDI.subarray(0, 2))).toEqual([NaN, NaN]);
    expect(plusDI[2]).toBe(37.5);
    expect(minusDI[2]).toBe(0);
    expect(plusDI[3]).toBe(12.5);
    expect(minusDI[3]).toBeCloseTo(100 / 3, 12);
    expect(plusDI[4]).toBeCloseTo(137.5 / 7, 12);
    expect(minusDI[4]).toBeCloseTo(100 / 7, 12);
    expect(Array.from(adx.subarray(0, 3))).toEqual([NaN, NaN, NaN]);
    expect(adx[3]).toBeCloseTo(800 / 11, 12);
    expect(adx[4]).toBeCloseTo(adx4, 12);
    expect(Array.from(adxr.subarray(0, 4))).toEqual([NaN, NaN, NaN, NaN]);
    expect(adxr[4]).toBeCloseTo((adx4 + 800 / 11) / 2, 12);
  });

  it('warms up as TA-Lib: +DI/-DI period, ADX 2 * period - 1, ADXR 3 * period - 2 bars', () => {
    expect([new PlusDirectionalIndicator().lookback, new MinusDirectionalIndicator().lookback]).toEqual([14, 14]);
    expect(new AverageDirectionalIndex().lookback).toBe(27);
    expect(new AverageDirectionalIndexRating().lookback).toBe(40);
    expect(new DirectionalMovementSystem().lookback).toBe(27);
    expect(new DirectionalMovement().lookback).toBe(40);
  });

  it('agrees with TA-Lib on bars that start flat (zero true range: DI 0, ADX held) and then move', () => {
    const c = flatThenWalkColumns();
    expectTalibAgreement(spec('PLUS_DI', 5), c, { value: plusDirectionalIndicator(c.high, c.low, c.close, 5) });
    expectTalibAgreement(spec('MINUS_DI', 5), c, { value: minusDirectionalIndicator(c.high, c.low, c.close, 5) });
    expectTalibAgreement(spec('ADX', 5), c, { value: averageDirectionalIndex(c.high, c.low, c.close, 5) });
    expectTalibAgreement(spec('ADXR', 5), c, { value: averageDirectionalIndexRating(c.high, c.low, c.close, 5) });
  });

  it('streams in every class exactly the batch values', () => {
    const c = flatThenWalkColumns();
    const bars = barsOf(c);
    const all = directionalMovement(c.high, c.low, c.close, 5);
    expect(Array.from(streamed(new PlusDirectionalIndicator(5), bars, (v) => v))).toEqual(Array.from(all.plusDI));
    expect(Array.from(streamed(new MinusDirectionalIndicator(5), bars, (v) => v))).toEqual(Array.from(all.minusDI));
    expect(Array.from(streamed(new AverageDirectionalIndex(5), bars, (v) => v))).toEqual(Array.from(all.adx));
    expect(Array.from(streamed(new AverageDirectionalIndexRating(5), bars, (v) => v))).toEqual(Array.from(all.adxr));
  });

  it('gives agents +DI, -DI and ADX together once ADX is warm (DirectionalMovementSystem)', () => {
    const c = flatThenWalkColumns();
    const bars = barsOf(c);
    const all = directionalMovement(c.high, c.low, c.close, 5);
    const system = new DirectionalMovementSystem(5);
    const values = bars.map((bar) => system.update(bar));
    expect(values.slice(0, 9).every((v) => v === null)).toBe(true);
    for (let i = 9; i < bars.length; i++) {
      expect(values[i]).toEqual({ plusDI: all.plusDI[i], minusDI: all.minusDI[i], adx: all.adx[i] });
    }
    const batch = directionalMovementSystem(c.high, c.low, c.close, 5);
    expect(Array.from(batch.plusDI)).toEqual(values.map((v) => (v === null ? NaN : v.plusDI)));
    system.reset();
    expect(system.value).toBeNull();
    expect(system.update(bars[0])).toBeNull();
  });

  it('gives all four lines at once when ADXR is warm (DirectionalMovement)', () => {
    const c = flatThenWalkColumns();
    const bars = barsOf(c);
    const all = directionalMovement(c.high, c.low, c.close, 5);
    const indicator = new DirectionalMovement(5);
    const values = bars.map((bar) => indicator.update(bar));
    expect(values.slice(0, 13).every((v) => v === null)).toBe(true);
    expect(values[13]).toEqual({ adx: all.adx[13], adxr: all.adxr[13], plusDI: all.plusDI[13], minusDI: all.minusDI[13] });
  });

  it('rejects a period below 2, naming it', () => {
    expect(() => new AverageDirectionalIndex(1)).toThrow('period must be an integer >= 2, got 1');
    expect(() => directionalMovement(hand.high, hand.low, hand.close, 0)).toThrow('period must be an integer >= 2, got 0');
    expect(() => averageDirectionalIndex(hand.high, hand.low.subarray(1), hand.close, 2)).toThrow('low has 4 values, close has 5');
  });

  describe.runIf(hasStockCharts('cs-adx.csv'))('StockCharts worked example cs-adx.csv', () => {
    it('reproduces +DI14, -DI14 and ADX on the tail, where the seeding has washed out', () => {
      // The sheet seeds its smoothed TR/DM and ADX differently (its early rows differ from TA-Lib's),
      // but Wilder smoothing forgets the seed by a factor 13/14 a bar: after 500 rows the difference is
      // far below the 7 printed decimals. As `ta` does, compare the last 5 rows.
      const example = readStockCharts('cs-adx.csv');
      const ours = directionalMovement(example.column('High'), example.column('Low'), example.column('Close'), 14);
      const tail = example.rows - 5;
      expect(rowsMismatch(ours.plusDI, example.column('+DI14'), tail, example.rows, 1e-8)).toBeNull();
      expect(rowsMismatch(ours.minusDI, example.column('-DI14'), tail, example.rows, 1e-8)).toBeNull();
      expect(rowsMismatch(ours.adx, example.column('ADX'), tail, example.rows, 1e-8)).toBeNull();
    });
  });

  describe.runIf(hasTulipVectors())('Tulip Indicators vectors', () => {
    // Tulip's `di` prints one extra first value (the ratio of the unsmoothed period - 1 sums, a bar
    // before TA-Lib's lookback); from TA-Lib's first value on the two agree. (Tulip's `adx` takes no
    // close, so its true range differs and it is not comparable.)
    it.each(tulipCases('di').map((c) => [tulipLabel(c), c] as const))('matches %s from our first value', (_label, tulip) => {
      const period = tulip.options.period;
      const ours = directionalMovement(tulip.inputs.high, tulip.inputs.low, tulip.inputs.close, period);
      const skip = 1;
      expect(tulipMismatch(ours.plusDI, tulip.outputs.plus_di.slice(skip))).toBeNull();
      expect(tulipMismatch(ours.minusDI, tulip.outputs.minus_di.slice(skip))).toBeNull();
    });
  });
});
