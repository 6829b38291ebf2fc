import type { IndicatorDescriptor } from '../contract/indicator-descriptor.js';
import { AverageDirectionalIndex, averageDirectionalIndex } from './average-directional-index.js';
import { AverageDirectionalIndexRating, averageDirectionalIndexRating } from './average-directional-index-rating.js';
import { DonchianChannel, donchianChannel } from './donchian-channel.js';
import { IchimokuCloud, ichimokuCloud } from './ichimoku-cloud.js';
import { MinusDirectionalIndicator, minusDirectionalIndicator } from './minus-directional-indicator.js';
import { ParabolicSar, parabolicSar } from './parabolic-sar.js';
import { PlusDirectionalIndicator, plusDirectionalIndicator } from './plus-directional-indicator.js';

/** Contract descriptors of the trend indicators. */
export const trendDescriptors: readonly IndicatorDescriptor[] = [
  {
    id: 'PLUS_DI_14',
    outputs: ['value'],
    lookback: 14,
    batch: (bars) => ({ value: plusDirectionalIndicator(bars.high, bars.low, bars.close, 14) }),
    createStreaming: () => new PlusDirectionalIndicator(14),
    talib: { name: 'PLUS_DI', options: { optInTimePeriod: 14 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'MINUS_DI_14',
    outputs: ['value'],
    lookback: 14,
    batch: (bars) => ({ value: minusDirectionalIndicator(bars.high, bars.low, bars.close, 14) }),
    createStreaming: () => new MinusDirectionalIndicator(14),
    talib: { name: 'MINUS_DI', options: { optInTimePeriod: 14 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'ADX_14',
    outputs: ['value'],
    lookback: 27,
    batch: (bars) => ({ value: averageDirectionalIndex(bars.high, bars.low, bars.close, 14) }),
    createStreaming: () => new AverageDirectionalIndex(14),
    talib: { name: 'ADX', options: { optInTimePeriod: 14 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'ADXR_14',
    outputs: ['value'],
    lookback: 40,
    batch: (bars) => ({ value: averageDirectionalIndexRating(bars.high, bars.low, bars.close, 14) }),
    createStreaming: () => new AverageDirectionalIndexRating(14),
    talib: { name: 'ADXR', options: { optInTimePeriod: 14 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'SAR_0.02_0.2',
    outputs: ['value'],
    lookback: 1,
    batch: (bars) => ({ value: parabolicSar(bars.high, bars.low, 0.02, 0.2) }),
    createStreaming: () => new ParabolicSar(0.02, 0.2),
    talib: { name: 'SAR', options: { optInAcceleration: 0.02, optInMaximum: 0.2 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'DONCHIAN_20',
    outputs: ['upper', 'middle', 'lower'],
    lookback: 19,
    batch: (bars) => donchianChannel(bars.high, bars.low, 20),
    createStreaming: () => new DonchianChannel(20),
  },
  {
    id: 'ICHIMOKU_9_26_52',
    outputs: ['conversion', 'base', 'leadingSpanA', 'leadingSpanB', 'cloudA', 'cloudB'],
    lookback: 77,
    batch: (bars) => ichimokuCloud(bars.high, bars.low, bars.close, 9, 26, 52),
    createStreaming: () => new IchimokuCloud(9, 26, 52),
  },
];
