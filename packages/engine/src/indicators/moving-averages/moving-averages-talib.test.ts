import { describe, expect, it } from 'vitest';
import { contractBars } from '../contract/contract-bars.test-support.js';
import { streamColumns } from '../contract/indicator-test-kit.test-support.js';
import { expectSameAsTalib } from '../contract/talib-agreement.test-support.js';
import { DoubleExponentialMovingAverage, doubleExponentialMovingAverage } from './double-exponential-moving-average.js';
import { KaufmanAdaptiveMovingAverage, kaufmanAdaptiveMovingAverage } from './kaufman-adaptive-moving-average.js';
import {
  MovingAverageConvergenceDivergence,
  movingAverageConvergenceDivergence,
} from './moving-average-convergence-divergence.js';
import { TripleExponentialAverage, tripleExponentialAverage } from './triple-exponential-average.js';
import { TripleExponentialMovingAverage, tripleExponentialMovingAverage } from './triple-exponential-moving-average.js';
import { WeightedMovingAverage, weightedMovingAverage } from './weighted-moving-average.js';

// The registered descriptors cover one configuration each; these cover edge and uncommon periods,
// in batch and streaming, against TA-Lib itself, bit for bit. Period 1 is left out where TA-Lib
// rejects it (WMA) or mis-aligns its output (TRIX(1), MACD signal 1: begIndex and values shifted);
// our period-1 behaviour is tested in each indicator's own test file.
const bars = contractBars(700, 21);
const closes = Array.from(bars.close);

describe('moving averages agree with TA-Lib bit for bit at other periods', () => {
  const single = [
    ['WMA', [2, 7, 50], weightedMovingAverage, (p: number) => new WeightedMovingAverage(p)],
    ['DEMA', [2, 9, 30], doubleExponentialMovingAverage, (p: number) => new DoubleExponentialMovingAverage(p)],
    ['TEMA', [2, 5, 30], tripleExponentialMovingAverage, (p: number) => new TripleExponentialMovingAverage(p)],
    ['KAMA', [2, 5, 21], kaufmanAdaptiveMovingAverage, (p: number) => new KaufmanAdaptiveMovingAverage(p)],
    ['TRIX', [2, 9, 15], tripleExponentialAverage, (p: number) => new TripleExponentialAverage(p)],
  ] as const;

  for (const [name, periods, batch, create] of single) {
    it.each(periods.map((p) => [p]))(`${name}(%i)`, (period) => {
      const ours = batch(bars.close, period);
      expectSameAsTalib({ name, options: { optInTimePeriod: period }, outputs: { value: 'outReal' } }, bars, { value: ours });
      const streamed = streamColumns(create(period), closes, ['value']).value;
      expect(streamed.findIndex((v, i) => !Object.is(v, ours[i]))).toBe(-1);
    });
  }

  it.each([
    [12, 26, 9],
    [26, 12, 9],
    [3, 10, 16],
    [5, 5, 2],
    [2, 3, 2],
  ])('MACD(%i, %i, %i)', (fast, slow, signal) => {
    const ours = movingAverageConvergenceDivergence(bars.close, fast, slow, signal);
    expectSameAsTalib(
      {
        name: 'MACD',
        options: { optInFastPeriod: fast, optInSlowPeriod: slow, optInSignalPeriod: signal },
        outputs: { macd: 'outMACD', signal: 'outMACDSignal', histogram: 'outMACDHist' },
      },
      bars,
      { ...ours },
    );
    const streaming = new MovingAverageConvergenceDivergence(fast, slow, signal);
    const streamed = streamColumns(streaming, closes, ['macd', 'signal', 'histogram']);
    for (const name of ['macd', 'signal', 'histogram'] as const) {
      expect(streamed[name].findIndex((v, i) => !Object.is(v, ours[name][i]))).toBe(-1);
    }
  });
});
