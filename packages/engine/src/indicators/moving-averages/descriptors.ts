import type { IndicatorDescriptor } from '../contract/indicator-descriptor.js';
import { onClose } from '../support/on-close.js';
import { ExponentialMovingAverage, exponentialMovingAverage } from './exponential-moving-average.js';
import { SimpleMovingAverage, simpleMovingAverage } from './simple-moving-average.js';

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
];
