import type { IndicatorDescriptor } from '../contract/indicator-descriptor.js';
import { onClose } from '../support/on-close.js';
import { AverageTrueRange, averageTrueRange } from './average-true-range.js';
import { BollingerBands, bollingerBands } from './bollinger-bands.js';
import { KeltnerChannel, keltnerChannel } from './keltner-channel.js';
import { NormalizedAverageTrueRange, normalizedAverageTrueRange } from './normalized-average-true-range.js';
import { RollingZScore, rollingZScore } from './rolling-z-score.js';
import { StandardDeviation, standardDeviation } from './standard-deviation.js';
import { Supertrend, supertrend } from './supertrend.js';
import { TrueRange, trueRange } from './true-range.js';

/** Contract descriptors of the volatility indicators. */
export const volatilityDescriptors: readonly IndicatorDescriptor[] = [
  {
    id: 'TRANGE',
    outputs: ['value'],
    lookback: 1,
    batch: (bars) => ({ value: trueRange(bars.high, bars.low, bars.close) }),
    createStreaming: () => new TrueRange(),
    talib: { name: 'TRANGE', outputs: { value: 'outReal' } },
  },
  {
    id: 'ATR_14',
    outputs: ['value'],
    lookback: 14,
    batch: (bars) => ({ value: averageTrueRange(bars.high, bars.low, bars.close, 14) }),
    createStreaming: () => new AverageTrueRange(14),
    talib: { name: 'ATR', options: { optInTimePeriod: 14 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'NATR_14',
    outputs: ['value'],
    lookback: 14,
    batch: (bars) => ({ value: normalizedAverageTrueRange(bars.high, bars.low, bars.close, 14) }),
    createStreaming: () => new NormalizedAverageTrueRange(14),
    talib: { name: 'NATR', options: { optInTimePeriod: 14 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'BBANDS_20_2',
    outputs: ['upper', 'middle', 'lower'],
    lookback: 19,
    batch: (bars) => bollingerBands(bars.close, 20, 2),
    createStreaming: () => onClose(new BollingerBands(20, 2)),
    talib: {
      name: 'BBANDS',
      options: { optInTimePeriod: 20, optInNbDevUp: 2, optInNbDevDn: 2, optInMAType: 0 },
      outputs: { upper: 'outRealUpperBand', middle: 'outRealMiddleBand', lower: 'outRealLowerBand' },
    },
  },
  {
    id: 'STDDEV_20',
    outputs: ['value'],
    lookback: 19,
    batch: (bars) => ({ value: standardDeviation(bars.close, 20) }),
    createStreaming: () => onClose(new StandardDeviation(20)),
    talib: { name: 'STDDEV', options: { optInTimePeriod: 20, optInNbDev: 1 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'KELTNER_20_2_10',
    outputs: ['upper', 'middle', 'lower'],
    lookback: 19,
    batch: (bars) => keltnerChannel(bars.high, bars.low, bars.close, 20, 2, 10),
    createStreaming: () => new KeltnerChannel(20, 2, 10),
  },
  {
    id: 'SUPERTREND_10_3',
    outputs: ['value', 'direction'],
    lookback: 10,
    batch: (bars) => supertrend(bars.high, bars.low, bars.close, 10, 3),
    createStreaming: () => new Supertrend(10, 3),
  },
  {
    id: 'ZSCORE_20',
    outputs: ['value'],
    lookback: 19,
    batch: (bars) => ({ value: rollingZScore(bars.close, 20) }),
    createStreaming: () => onClose(new RollingZScore(20)),
  },
];
