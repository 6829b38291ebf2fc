import { describe, expect, it } from 'vitest';
import {
  barsOf,
  columnsOf,
  flatThenWalkColumns,
  streamed,
  tiedColumns,
} from '../contract/indicator-test-kit.test-support.js';
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
import { ParabolicSar, parabolicSar } from './parabolic-sar.js';

const sarSpec = (acceleration: number, maximum: number) => ({
  name: 'SAR',
  options: { optInAcceleration: acceleration, optInMaximum: maximum },
  outputs: { value: 'outReal' },
});

/** Index of the first bar where the SAR switches side of the price (the start no longer matters after it). */
function firstReversal(sar: Float64Array, high: ArrayLike<number>): number {
  const above = (i: number) => sar[i] > high[i];
  for (let i = 2; i < sar.length; i++) if (above(i) !== above(i - 1)) return i;
  return -1;
}

describe('parabolicSar', () => {
  it('trails the extreme point with a growing factor and flips when the price reaches it (hand-computed)', () => {
    // Bar 1 rises: long, SAR = bar 0 low 9, EP 11. Bar 2 makes a new high: af 0.04, SAR 9.04 + 0.04 *
    // (12 - 9.04). Bar 3's low 9.1 reaches the SAR: short, reported SAR = old EP 12.
    const ours = parabolicSar([10, 11, 12, 11.5], [9, 10, 11, 9.1], 0.02, 0.2);
    expect(ours[0]).toBeNaN();
    expect(ours[1]).toBe(9);
    expect(ours[2]).toBeCloseTo(9.04, 12);
    expect(ours[3]).toBe(12);
  });

  it('starts short when bar 1 has a positive -DM, long otherwise (ties too), exactly as TA-Lib', () => {
    const starts = {
      long: columnsOf({ close: [10, 10, 10, 10, 10], high: [10, 11, 11.5, 12, 12.2], low: [9, 9.5, 10, 10.5, 11] }),
      short: columnsOf({ close: [10, 10, 10, 10, 10], high: [10, 9.8, 9.6, 9.4, 9.5], low: [9, 8, 7.5, 7, 6.8] }),
      // Short by -DM, but bar 1's high already reaches bar 0's high (the first SAR): TA-Lib reverses at once.
      shortReversed: columnsOf({ close: [10, 10, 10, 10, 10], high: [10, 10.2, 10, 9.8, 9.5], low: [9, 8, 7.5, 7, 6.8] }),
      equalMoves: columnsOf({ close: [10, 10, 10, 10, 10], high: [10, 11, 10.5, 10.8, 11.2], low: [9, 8, 8.5, 8.2, 7.9] }),
    };
    expect(parabolicSar(starts.long.high, starts.long.low)[1]).toBe(9);
    expect(parabolicSar(starts.short.high, starts.short.low)[1]).toBe(10);
    expect(parabolicSar(starts.shortReversed.high, starts.shortReversed.low)[1]).toBe(8);
    // Equal moves are no -DM, so long; bar 1's low is then below the first SAR (bar 0's low) and TA-Lib
    // flips to short on that same bar, reporting the extreme point 11.
    expect(parabolicSar(starts.equalMoves.high, starts.equalMoves.low)[1]).toBe(11);
    for (const columns of Object.values(starts)) {
      expectTalibAgreement(sarSpec(0.02, 0.2), columns, { value: parabolicSar(columns.high, columns.low) });
    }
  });

  it('agrees with TA-Lib on flat starts, ties, a fast factor and an acceleration above the maximum', () => {
    for (const columns of [flatThenWalkColumns(), tiedColumns()]) {
      expectTalibAgreement(sarSpec(0.02, 0.2), columns, { value: parabolicSar(columns.high, columns.low) });
      expectTalibAgreement(sarSpec(0.1, 0.5), columns, { value: parabolicSar(columns.high, columns.low, 0.1, 0.5) });
      expectTalibAgreement(sarSpec(0.3, 0.2), columns, { value: parabolicSar(columns.high, columns.low, 0.3, 0.2) });
    }
  });

  it('streams the batch values with a lookback of 1', () => {
    const columns = tiedColumns(150);
    const indicator = new ParabolicSar();
    expect(indicator.lookback).toBe(1);
    const batch = parabolicSar(columns.high, columns.low);
    expect(Array.from(streamed(indicator, barsOf(columns), (v) => v))).toEqual(Array.from(batch));
    indicator.reset();
    expect(Array.from(streamed(indicator, barsOf(columns), (v) => v))).toEqual(Array.from(batch));
  });

  it('rejects a negative or non-finite factor, naming it', () => {
    expect(() => new ParabolicSar(-0.02, 0.2)).toThrow('acceleration must be a finite number >= 0, got -0.02');
    expect(() => parabolicSar([1], [1], 0.02, Number.NaN)).toThrow('maximum must be a finite number >= 0, got NaN');
  });

  describe.runIf(hasStockCharts('cs-psar.csv'))('StockCharts worked example cs-psar.csv', () => {
    it('reproduces psar_up / psar_down from the first reversal on', () => {
      // The sheet starts its first trend one bar later and with its own first SAR, so rows 2-7 differ;
      // at the first reversal (row 8) the SAR resets to the extreme point and both follow the same
      // rules from there: every later row compares (8 decimals printed).
      const example = readStockCharts('cs-psar.csv');
      const high = example.column('High');
      const ours = parabolicSar(high, example.column('Low'));
      const up = example.column('psar_up');
      const down = example.column('psar_down');
      const sheet = up.map((v, i) => (Number.isNaN(v) ? down[i] : v));
      const from = firstReversal(ours, high);
      expect(from).toBe(8);
      expect(rowsMismatch(ours, sheet, from, example.rows, 1e-8)).toBeNull();
    });
  });

  describe.runIf(hasTulipVectors())('Tulip Indicators vectors', () => {
    // untest case 63 starts like TA-Lib and compares throughout; the A-to-Z companion spreadsheet
    // (atoz case 25) picks its first SAR differently, so it compares from the first reversal on.
    it.each(tulipCases('psar').map((c) => [tulipLabel(c), c] as const))('matches %s', (_label, tulip) => {
      const { high, low } = tulip.inputs;
      const ours = parabolicSar(high, low, tulip.options.acceleration_factor_step, tulip.options.acceleration_factor_maximum);
      const expected = tulip.outputs.psar;
      const from = tulip.source.includes('atoz') ? firstReversal(ours, high) : 1;
      expect(tulipMismatch(ours.subarray(from), expected.slice(from - (ours.length - expected.length)))).toBeNull();
    });
  });
});
