import type { IndicatorDescriptor } from '../contract/indicator-descriptor.js';
import { onClose } from '../support/on-close.js';
import { Aroon, aroon } from './aroon.js';
import { CommodityChannelIndex, commodityChannelIndex } from './commodity-channel-index.js';
import { FastStochastic, fastStochastic } from './fast-stochastic.js';
import { Momentum, momentum } from './momentum.js';
import { RateOfChange, rateOfChange } from './rate-of-change.js';
import { RelativeStrengthIndex, relativeStrengthIndex } from './relative-strength-index.js';
import { StochasticOscillator, stochasticOscillator } from './stochastic-oscillator.js';
import { StochasticRsi, stochasticRsi } from './stochastic-rsi.js';
import { UltimateOscillator, ultimateOscillator } from './ultimate-oscillator.js';
import { WilliamsPercentRange, williamsPercentRange } from './williams-percent-range.js';

/** TA-Lib's MA type code for a simple moving average. */
const SMA_TYPE = 0;

/** Contract descriptors of the momentum indicators. */
export const momentumDescriptors: readonly IndicatorDescriptor[] = [
  {
    id: 'RSI_14',
    outputs: ['value'],
    lookback: 14,
    batch: (bars) => ({ value: relativeStrengthIndex(bars.close, 14) }),
    createStreaming: () => onClose(new RelativeStrengthIndex(14)),
    talib: { name: 'RSI', options: { optInTimePeriod: 14 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'STOCH_14_3_3',
    outputs: ['k', 'd'],
    lookback: 17,
    batch: (bars) => stochasticOscillator(bars.high, bars.low, bars.close, 14, 3, 3),
    createStreaming: () => new StochasticOscillator(14, 3, 3),
    talib: {
      name: 'STOCH',
      options: {
        optInFastK_Period: 14,
        optInSlowK_Period: 3,
        optInSlowK_MAType: SMA_TYPE,
        optInSlowD_Period: 3,
        optInSlowD_MAType: SMA_TYPE,
      },
      outputs: { k: 'outSlowK', d: 'outSlowD' },
    },
  },
  {
    id: 'STOCHF_14_3',
    outputs: ['k', 'd'],
    lookback: 15,
    batch: (bars) => fastStochastic(bars.high, bars.low, bars.close, 14, 3),
    createStreaming: () => new FastStochastic(14, 3),
    talib: {
      name: 'STOCHF',
      options: { optInFastK_Period: 14, optInFastD_Period: 3, optInFastD_MAType: SMA_TYPE },
      outputs: { k: 'outFastK', d: 'outFastD' },
    },
  },
  {
    id: 'STOCHRSI_14_5_3',
    outputs: ['k', 'd'],
    lookback: 20,
    batch: (bars) => stochasticRsi(bars.close, 14, 5, 3),
    createStreaming: () => onClose(new StochasticRsi(14, 5, 3)),
    talib: {
      name: 'STOCHRSI',
      options: { optInTimePeriod: 14, optInFastK_Period: 5, optInFastD_Period: 3, optInFastD_MAType: SMA_TYPE },
      outputs: { k: 'outFastK', d: 'outFastD' },
    },
  },
  {
    id: 'CCI_20',
    outputs: ['value'],
    lookback: 19,
    batch: (bars) => ({ value: commodityChannelIndex(bars.high, bars.low, bars.close, 20) }),
    createStreaming: () => new CommodityChannelIndex(20),
    talib: { name: 'CCI', options: { optInTimePeriod: 20 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'WILLR_14',
    outputs: ['value'],
    lookback: 13,
    batch: (bars) => ({ value: williamsPercentRange(bars.high, bars.low, bars.close, 14) }),
    createStreaming: () => new WilliamsPercentRange(14),
    talib: { name: 'WILLR', options: { optInTimePeriod: 14 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'ROC_10',
    outputs: ['value'],
    lookback: 10,
    batch: (bars) => ({ value: rateOfChange(bars.close, 10) }),
    createStreaming: () => onClose(new RateOfChange(10)),
    talib: { name: 'ROC', options: { optInTimePeriod: 10 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'MOM_10',
    outputs: ['value'],
    lookback: 10,
    batch: (bars) => ({ value: momentum(bars.close, 10) }),
    createStreaming: () => onClose(new Momentum(10)),
    talib: { name: 'MOM', options: { optInTimePeriod: 10 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'ULTOSC_7_14_28',
    outputs: ['value'],
    lookback: 28,
    batch: (bars) => ({ value: ultimateOscillator(bars.high, bars.low, bars.close, 7, 14, 28) }),
    createStreaming: () => new UltimateOscillator(7, 14, 28),
    talib: {
      name: 'ULTOSC',
      options: { optInTimePeriod1: 7, optInTimePeriod2: 14, optInTimePeriod3: 28 },
      outputs: { value: 'outReal' },
    },
  },
  {
    id: 'AROON_14',
    outputs: ['down', 'up'],
    lookback: 14,
    batch: (bars) => aroon(bars.high, bars.low, 14),
    createStreaming: () => new Aroon(14),
    talib: { name: 'AROON', options: { optInTimePeriod: 14 }, outputs: { down: 'outAroonDown', up: 'outAroonUp' } },
  },
];
