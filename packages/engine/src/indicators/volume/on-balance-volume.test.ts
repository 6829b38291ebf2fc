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
import { OnBalanceVolume, onBalanceVolume } from './on-balance-volume.js';

describe('onBalanceVolume', () => {
  it('starts at the first volume and adds or subtracts each volume by the close direction (hand-computed)', () => {
    // Up +200, unchanged, down -400, up +500.
    expect(Array.from(onBalanceVolume([10, 11, 11, 9, 12], [100, 200, 300, 400, 500]))).toEqual([100, 300, 300, -100, 400]);
  });

  it('agrees with TA-Lib on bars that start flat and then move', () => {
    const columns = flatThenWalkColumns();
    expectTalibAgreement({ name: 'OBV', outputs: { value: 'outReal' } }, columns, { value: onBalanceVolume(columns.close, columns.volume) });
  });

  it('streams the batch values from the first bar (lookback 0)', () => {
    const columns = flatThenWalkColumns();
    const indicator = new OnBalanceVolume();
    expect(indicator.lookback).toBe(0);
    expect(Array.from(streamed(indicator, barsOf(columns), (v) => v))).toEqual(Array.from(onBalanceVolume(columns.close, columns.volume)));
    indicator.reset();
    expect(indicator.update(barsOf(columnsOf({ close: [5], volume: [42] }))[0])).toBe(42);
  });

  it('rejects columns of different lengths, naming them', () => {
    expect(() => onBalanceVolume([1, 2], [1])).toThrow('volume has 1 values, close has 2');
  });

  describe.runIf(hasStockCharts('cs-obv.csv'))('StockCharts worked example cs-obv.csv', () => {
    it('reproduces the OBV column when started, like the sheet, at the first row with a volume', () => {
      // The sheet's row 0 has no volume and OBV starts at row 1 with that row's volume, which is
      // TA-Lib's seed; from there every row compares exactly.
      const example = readStockCharts('cs-obv.csv');
      const ours = onBalanceVolume(example.column('Close').subarray(1), example.column('Volume').subarray(1));
      expect(rowsMismatch(ours, example.column('OBV').subarray(1), 0, example.rows - 1, 0)).toBeNull();
    });
  });

  describe.runIf(hasTulipVectors())('Tulip Indicators vectors', () => {
    // Tulip starts OBV at 0 instead of the first volume, so compare the running change from bar 0.
    it.each(tulipCases('obv').map((c) => [tulipLabel(c), c] as const))('matches %s up to the starting level', (_label, tulip) => {
      const first = tulip.inputs.volume[0];
      const ours = onBalanceVolume(tulip.inputs.close, tulip.inputs.volume).map((v) => v - first);
      expect(tulipMismatch(ours, tulip.outputs.obv)).toBeNull();
    });
  });
});
