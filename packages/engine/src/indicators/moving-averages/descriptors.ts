import type { IndicatorDescriptor } from '../contract/indicator-descriptor.js';
import { onClose } from '../support/on-close.js';
import { DoubleExponentialMovingAverage, doubleExponentialMovingAverage } from './double-exponential-moving-average.js';
import { ExponentialMovingAverage, exponentialMovingAverage } from './exponential-moving-average.js';
import { KaufmanAdaptiveMovingAverage, kaufmanAdaptiveMovingAverage } from './kaufman-adaptive-moving-average.js';
import {
  MovingAverageConvergenceDivergence,
  movingAverageConvergenceDivergence,
} from './moving-average-convergence-divergence.js';
import { SimpleMovingAverage, simpleMovingAverage } from './simple-moving-average.js';
import { TripleExponentialAverage, tripleExponentialAverage } from './triple-exponential-average.js';
import { TripleExponentialMovingAverage, tripleExponentialMovingAverage } from './triple-exponential-moving-average.js';
import { WeightedMovingAverage, weightedMovingAverage } from './weighted-moving-average.js';

/** Contract descriptors of the moving averages. */
export const movingAverageDescriptors: readonly IndicatorDescriptor[] = [
  {
    id: 'SMA_20',
    outputs: ['value'],
    lookback: 19,
    batch: (bars) => ({ value: simpleMovingAverage(bars.close, 20) }),
    createStreaming: () => onClose(new SimpleMovingAverage(20)),
    talib: { name: 'SMA', options: { optInTimePeriod: 20 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'EMA_20',
    outputs: ['value'],
    lookback: 19,
    batch: (bars) => ({ value: exponentialMovingAverage(bars.close, 20) }),
    createStreaming: () => onClose(new ExponentialMovingAverage(20)),
    talib: { name: 'EMA', options: { optInTimePeriod: 20 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'WMA_20',
    outputs: ['value'],
    lookback: 19,
    batch: (bars) => ({ value: weightedMovingAverage(bars.close, 20) }),
    createStreaming: () => onClose(new WeightedMovingAverage(20)),
    talib: { name: 'WMA', options: { optInTimePeriod: 20 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'DEMA_20',
    outputs: ['value'],
    lookback: 38,
    batch: (bars) => ({ value: doubleExponentialMovingAverage(bars.close, 20) }),
    createStreaming: () => onClose(new DoubleExponentialMovingAverage(20)),
    talib: { name: 'DEMA', options: { optInTimePeriod: 20 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'TEMA_20',
    outputs: ['value'],
    lookback: 57,
    batch: (bars) => ({ value: tripleExponentialMovingAverage(bars.close, 20) }),
    createStreaming: () => onClose(new TripleExponentialMovingAverage(20)),
    talib: { name: 'TEMA', options: { optInTimePeriod: 20 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'KAMA_30',
    outputs: ['value'],
    lookback: 30,
    batch: (bars) => ({ value: kaufmanAdaptiveMovingAverage(bars.close, 30) }),
    createStreaming: () => onClose(new KaufmanAdaptiveMovingAverage(30)),
    talib: { name: 'KAMA', options: { optInTimePeriod: 30 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'KAMA_10',
    outputs: ['value'],
    lookback: 10,
    batch: (bars) => ({ value: kaufmanAdaptiveMovingAverage(bars.close, 10) }),
    createStreaming: () => onClose(new KaufmanAdaptiveMovingAverage(10)),
    talib: { name: 'KAMA', options: { optInTimePeriod: 10 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'TRIX_30',
    outputs: ['value'],
    lookback: 88,
    batch: (bars) => ({ value: tripleExponentialAverage(bars.close, 30) }),
    createStreaming: () => onClose(new TripleExponentialAverage(30)),
    talib: { name: 'TRIX', options: { optInTimePeriod: 30 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'MACD_12_26_9',
    outputs: ['macd', 'signal', 'histogram'],
    lookback: 33,
    batch: (bars) => movingAverageConvergenceDivergence(bars.close, 12, 26, 9),
    createStreaming: () => onClose(new MovingAverageConvergenceDivergence(12, 26, 9)),
    talib: {
      name: 'MACD',
      options: { optInFastPeriod: 12, optInSlowPeriod: 26, optInSignalPeriod: 9 },
      outputs: { macd: 'outMACD', signal: 'outMACDSignal', histogram: 'outMACDHist' },
    },
  },
];
