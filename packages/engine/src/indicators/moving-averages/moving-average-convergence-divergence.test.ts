import { describe, expect, it } from 'vitest';
import {
  expectClose,
  expectSeedDifferenceDecays,
  hasStockCharts,
  hasTulip,
  prependCopies,
  range,
  readStockCharts,
  readTulipCase,
  TULIP_TOLERANCE,
} from '../contract/reference-vectors.test-support.js';
import {
  MovingAverageConvergenceDivergence,
  movingAverageConvergenceDivergence,
} from './moving-average-convergence-divergence.js';

describe('MovingAverageConvergenceDivergence', () => {
  it('seeds the fast EMA from the `fast` inputs ending where the slow seed ends, as TA-Lib does', () => {
    // fast 2, slow 4, signal 2 over 1,2,4,8,16,32. Slow seed at bar 3: (1+2+4+8)/4 = 3.75. The fast
    // seed is (4+8)/2 = 6 at bar 3 (an EMA run from bar 1 would be 6.39 there).
    const values = [1, 2, 4, 8, 16, 32];
    const slow4 = (16 - 3.75) * 0.4 + 3.75;
    const fast4 = (16 - 6) * (2 / 3) + 6;
    const macd3 = 6 - 3.75;
    const macd4 = fast4 - slow4;
    const signal4 = (macd3 + macd4) / 2;
    const slow5 = (32 - slow4) * 0.4 + slow4;
    const fast5 = (32 - fast4) * (2 / 3) + fast4;
    const macd5 = fast5 - slow5;
    const signal5 = (macd5 - signal4) * (2 / 3) + signal4;

    const batch = movingAverageConvergenceDivergence(values, 2, 4, 2);
    expect(Array.from(batch.macd.subarray(0, 4))).toEqual([NaN, NaN, NaN, NaN]);
    expect(batch.macd[4]).toBeCloseTo(macd4, 12);
    expect(batch.signal[4]).toBeCloseTo(signal4, 12);
    expect(batch.histogram[4]).toBeCloseTo(macd4 - signal4, 12);
    expect(batch.macd[5]).toBeCloseTo(macd5, 12);
    expect(batch.signal[5]).toBeCloseTo(signal5, 12);

    const streaming = new MovingAverageConvergenceDivergence(2, 4, 2);
    expect(streaming.lookback).toBe(4);
    const streamed = values.map((v) => streaming.update(v));
    expect(streamed.slice(0, 4)).toEqual([null, null, null, null]);
    expect(streamed[5]).toEqual({ macd: batch.macd[5], signal: batch.signal[5], histogram: batch.histogram[5] });
  });

  it('has lookback 33 for 12/26/9 and swaps a slow period given below the fast one, as TA-Lib does', () => {
    expect(new MovingAverageConvergenceDivergence(12, 26, 9).lookback).toBe(33);
    const values = Array.from({ length: 60 }, (_, i) => 100 + 5 * Math.sin(i / 4));
    const swapped = movingAverageConvergenceDivergence(values, 26, 12, 9);
    const normal = movingAverageConvergenceDivergence(values, 12, 26, 9);
    expect(Array.from(swapped.histogram)).toEqual(Array.from(normal.histogram));
  });

  it('makes the signal the MACD line itself with signal period 1', () => {
    const values = [5, 3, 8, 2, 9, 4, 7];
    const ours = movingAverageConvergenceDivergence(values, 2, 3, 1);
    expect(ours.macd[1]).toBeNaN();
    for (let i = 2; i < values.length; i++) {
      expect(ours.signal[i]).toBe(ours.macd[i]);
      expect(ours.histogram[i]).toBe(0);
    }
  });

  it('returns a fresh value object on each update, so callers may keep them', () => {
    const streaming = new MovingAverageConvergenceDivergence(2, 3, 1);
    expect(streaming.update(1)).toBeNull();
    streaming.update(2);
    const kept = streaming.update(4);
    const snapshot = { ...kept };
    const next = streaming.update(8);
    expect(next).not.toBe(kept);
    expect(next?.macd).not.toBe(snapshot.macd);
    expect(kept).toEqual(snapshot);
  });

  it('rejects periods below 1, naming them', () => {
    expect(() => new MovingAverageConvergenceDivergence(0, 26, 9)).toThrow('fast must be an integer >= 1, got 0');
    expect(() => movingAverageConvergenceDivergence([1], 12, 26, 0)).toThrow('signal must be an integer >= 1, got 0');
  });

  // Tulip seeds both EMAs with the first input and the signal EMA with the MACD at bar slow-1.
  // Copies of the first input in front make our SMA-seeded EMAs start from that same value, so the
  // MACD line must match on every row; the signal lines then differ only by their seeds and the
  // difference must shrink by 1 - 2/(signal+1) per bar from bar slow-1. (atoz case 19, 12/26/9, is
  // not used: for 12/26 Tulip switches to fixed constants 0.15/0.075, TA-Lib's MACDFIX, not MACD.)
  it.runIf(hasTulip('untest'))('follows tests/untest.txt case 48 (2/5/9): same line, signal up to its seed', () => {
    const { inputs, outputs } = readTulipCase('untest', 'macd', 48);
    const pad = 4 + 8;
    const ours = movingAverageConvergenceDivergence(prependCopies(inputs.real, pad), 2, 5, 9);
    const line = ours.macd.slice(pad);
    const signal = ours.signal.slice(pad);
    expectClose(line, outputs.macd, range(4, line.length), TULIP_TOLERANCE);
    expectSeedDifferenceDecays(signal, outputs.macd_signal, 4, 0.8, 2 * TULIP_TOLERANCE);
    expect(Math.abs(signal[4] - outputs.macd_signal[4])).toBeGreaterThan(0.05);
  });

  // cs-macd.csv (bukosabino/ta on StockCharts' MACD example): pandas EMAs seeded with the first
  // close, standard constants 2/13 and 2/27, so with copies of the first close in front the MACD
  // line matches on every row. Its signal column starts from an odd spreadsheet seed at row 2 and
  // then runs EMA(9) on that line, so ours must differ from it by a seed difference shrinking 0.8x per bar.
  it.runIf(hasStockCharts('cs-macd.csv'))('follows cs-macd.csv: the same line, the signal up to its seed', () => {
    const sheet = readStockCharts('cs-macd.csv');
    const pad = 33;
    const ours = movingAverageConvergenceDivergence(prependCopies(sheet.column('Close'), pad), 12, 26, 9);
    const line = ours.macd.slice(pad);
    const signal = ours.signal.slice(pad);
    expectClose(line, sheet.column('MACD_line'), range(1, line.length), 1e-9);
    expectSeedDifferenceDecays(signal.subarray(2), sheet.column('MACD_signal').slice(2), 0, 0.8, 1e-9);
  });
});
