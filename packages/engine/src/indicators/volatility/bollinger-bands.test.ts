import { describe, expect, it } from 'vitest';
import { BollingerBands, bollingerBands } from './bollinger-bands.js';
import { runTalib } from '../contract/talib-oracle.test-support.js';
import { columnsOf } from '../contract/indicator-test-kit.test-support.js';
import {
  expectClose,
  hasStockCharts,
  hasTulip,
  range,
  readStockCharts,
  readTulipCase,
  TULIP_TOLERANCE,
} from '../contract/reference-vectors.test-support.js';

const values = [2, 4, 4, 4, 5, 5, 7, 9]; // mean 5, population sigma 2

describe('BollingerBands', () => {
  it('puts the bands `deviations` population sigmas around the simple average', () => {
    expect(new BollingerBands(8, 2).lookback).toBe(7);
    const streaming = new BollingerBands(8, 2);
    const streamed = values.map((v) => streaming.update(v));
    expect(streamed.slice(0, 7)).toEqual(new Array(7).fill(null));
    expect(streamed[7]).toEqual({ upper: 9, middle: 5, lower: 1 });
    const batch = bollingerBands(values, 8, 1.5);
    expect([batch.upper[7], batch.middle[7], batch.lower[7]]).toEqual([8, 5, 2]);
    expect(batch.middle[6]).toBeNaN();
  });

  it('matches TA-Lib bit for bit on a constant series, rounding noise of the running sums included', () => {
    const values = new Array<number>(25).fill(100.1);
    const ours = bollingerBands(values, 20, 2);
    const talib = runTalib(
      {
        name: 'BBANDS',
        options: { optInTimePeriod: 20, optInNbDevUp: 2, optInNbDevDn: 2, optInMAType: 0 },
        outputs: { upper: 'outRealUpperBand', middle: 'outRealMiddleBand', lower: 'outRealLowerBand' },
      },
      columnsOf({ close: values }),
    );
    expect(Array.from(ours.upper)).toEqual(Array.from(talib.upper));
    expect(Array.from(ours.middle)).toEqual(Array.from(talib.middle));
    expect(Array.from(ours.lower)).toEqual(Array.from(talib.lower));
    expect(ours.upper[24] - ours.middle[24]).toBeLessThan(1e-4);
  });

  it('rejects a negative or non-finite number of deviations, naming it', () => {
    expect(() => new BollingerBands(20, -1)).toThrow('deviations must be a finite number >= 0, got -1');
    expect(() => bollingerBands([1], 20, NaN)).toThrow('deviations must be a finite number >= 0, got NaN');
    expect(() => new BollingerBands(0)).toThrow('period must be an integer >= 1, got 0');
  });

  // Tulip's bbands is also SMA +- k * population sigma with no seeding: every row must match.
  describe.runIf(hasTulip('atoz'))('against Tulip vectors', () => {
    it.each([
      ['atoz', 6],
      ['untest', 15],
    ] as const)('matches tests/%s.txt case %i on every row', (file, caseNumber) => {
      const { inputs, outputs, options } = readTulipCase(file, 'bbands', caseNumber);
      const ours = bollingerBands(inputs.real, options.period, options.stddev);
      const rows = range(options.period - 1, inputs.real.length);
      expectClose(ours.upper, outputs.bbands_upper, rows, TULIP_TOLERANCE);
      expectClose(ours.middle, outputs.bbands_middle, rows, TULIP_TOLERANCE);
      expectClose(ours.lower, outputs.bbands_lower, rows, TULIP_TOLERANCE);
    });
  });

  // StockCharts' spreadsheet uses the population sigma (STDEVP) too, printed with 6 decimals.
  it.runIf(hasStockCharts('cs-bbands.csv'))('matches the StockCharts spreadsheet cs-bbands.csv on every row', () => {
    const sheet = readStockCharts('cs-bbands.csv');
    const ours = bollingerBands(sheet.column('Close'), 20, 2);
    const rows = range(19, sheet.rows);
    expectClose(ours.middle, sheet.column('MiddleBand'), rows, 5e-6);
    expectClose(ours.upper, sheet.column('HighBand'), rows, 5e-6);
    expectClose(ours.lower, sheet.column('LowBand'), rows, 5e-6);
  });
});
