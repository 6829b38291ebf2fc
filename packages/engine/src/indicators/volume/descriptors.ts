import type { IndicatorDescriptor } from '../contract/indicator-descriptor.js';
import { AccumulationDistribution, accumulationDistribution } from './accumulation-distribution.js';
import { ChaikinOscillator, chaikinOscillator } from './chaikin-oscillator.js';
import { MoneyFlowIndex, moneyFlowIndex } from './money-flow-index.js';
import { OnBalanceVolume, onBalanceVolume } from './on-balance-volume.js';
import { VolumeWeightedAveragePrice, volumeWeightedAveragePrice } from './volume-weighted-average-price.js';

/** Contract descriptors of the volume indicators. */
export const volumeDescriptors: readonly IndicatorDescriptor[] = [
  {
    id: 'OBV',
    outputs: ['value'],
    lookback: 0,
    batch: (bars) => ({ value: onBalanceVolume(bars.close, bars.volume) }),
    createStreaming: () => new OnBalanceVolume(),
    talib: { name: 'OBV', outputs: { value: 'outReal' } },
  },
  {
    id: 'MFI_14',
    outputs: ['value'],
    lookback: 14,
    batch: (bars) => ({ value: moneyFlowIndex(bars.high, bars.low, bars.close, bars.volume, 14) }),
    createStreaming: () => new MoneyFlowIndex(14),
    talib: { name: 'MFI', options: { optInTimePeriod: 14 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'AD',
    outputs: ['value'],
    lookback: 0,
    batch: (bars) => ({ value: accumulationDistribution(bars.high, bars.low, bars.close, bars.volume) }),
    createStreaming: () => new AccumulationDistribution(),
    talib: { name: 'AD', outputs: { value: 'outReal' } },
  },
  {
    id: 'ADOSC_3_10',
    outputs: ['value'],
    lookback: 9,
    batch: (bars) => ({ value: chaikinOscillator(bars.high, bars.low, bars.close, bars.volume, 3, 10) }),
    createStreaming: () => new ChaikinOscillator(3, 10),
    talib: { name: 'ADOSC', options: { optInFastPeriod: 3, optInSlowPeriod: 10 }, outputs: { value: 'outReal' } },
  },
  {
    id: 'VWAP',
    outputs: ['value'],
    lookback: 0,
    batch: (bars) => ({ value: volumeWeightedAveragePrice(bars.time, bars.high, bars.low, bars.close, bars.volume) }),
    createStreaming: () => new VolumeWeightedAveragePrice(),
  },
];
