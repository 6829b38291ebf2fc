import { describe, expect, it } from 'vitest';
import { contractBars } from '../contract/contract-bars.test-support.js';
import { AverageTrueRange, averageTrueRange } from './average-true-range.js';
import { BollingerBands, bollingerBands } from './bollinger-bands.js';
import { NormalizedAverageTrueRange, normalizedAverageTrueRange } from './normalized-average-true-range.js';
import { StandardDeviation, standardDeviation } from './standard-deviation.js';
import { streamColumns } from '../contract/indicator-test-kit.test-support.js';
import { expectSameAsTalib } from '../contract/talib-agreement.test-support.js';

// The registered descriptors cover one configuration each; these cover edge and uncommon periods,
// in batch and streaming, against TA-Lib itself, bit for bit.
const bars = contractBars(700, 21);
const closes = Array.from(bars.close);
const barList = Array.from({ length: bars.length }, (_, i) => bars.bar(i));

describe('volatility indicators agree with TA-Lib bit for bit at other periods', () => {
  it.each([[1], [2], [5], [30]])('ATR(%i) and NATR', (period) => {
    const atr = averageTrueRange(bars.high, bars.low, bars.close, period);
    expectSameAsTalib({ name: 'ATR', options: { optInTimePeriod: period }, outputs: { value: 'outReal' } }, bars, { value: atr });
    const natr = normalizedAverageTrueRange(bars.high, bars.low, bars.close, period);
    // TA-Lib NATR(1) shortcuts to TRANGE and forgets to normalize; we normalize at every period.
    if (period > 1) {
      const spec = { name: 'NATR', options: { optInTimePeriod: period }, outputs: { value: 'outReal' } };
      expectSameAsTalib(spec, bars, { value: natr });
    } else {
      for (let i = 1; i < bars.length; i++) expect(natr[i]).toBe((atr[i] / bars.close[i]) * 100);
    }
    const streamedAtr = streamColumns(new AverageTrueRange(period), barList, ['value']).value;
    const streamedNatr = streamColumns(new NormalizedAverageTrueRange(period), barList, ['value']).value;
    expect(streamedAtr.findIndex((v, i) => !Object.is(v, atr[i]))).toBe(-1);
    expect(streamedNatr.findIndex((v, i) => !Object.is(v, natr[i]))).toBe(-1);
  });

  it.each([[2], [5], [50]])('STDDEV(%i)', (period) => {
    const ours = standardDeviation(bars.close, period);
    const spec = { name: 'STDDEV', options: { optInTimePeriod: period, optInNbDev: 1 }, outputs: { value: 'outReal' } };
    expectSameAsTalib(spec, bars, { value: ours });
    const streamed = streamColumns(new StandardDeviation(period), closes, ['value']).value;
    expect(streamed.findIndex((v, i) => !Object.is(v, ours[i]))).toBe(-1);
  });

  it.each([
    [2, 2],
    [5, 1],
    [10, 1.5],
    [20, 0],
    [50, 3],
  ])('BBANDS(%i, %f)', (period, deviations) => {
    const ours = bollingerBands(bars.close, period, deviations);
    expectSameAsTalib(
      {
        name: 'BBANDS',
        options: { optInTimePeriod: period, optInNbDevUp: deviations, optInNbDevDn: deviations, optInMAType: 0 },
        outputs: { upper: 'outRealUpperBand', middle: 'outRealMiddleBand', lower: 'outRealLowerBand' },
      },
      bars,
      { ...ours },
    );
    const streamed = streamColumns(new BollingerBands(period, deviations), closes, ['upper', 'middle', 'lower']);
    for (const name of ['upper', 'middle', 'lower'] as const) {
      expect(streamed[name].findIndex((v, i) => !Object.is(v, ours[name][i]))).toBe(-1);
    }
  });
});
