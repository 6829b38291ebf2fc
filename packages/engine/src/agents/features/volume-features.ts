import { AccumulationDistribution } from '../../indicators/volume/accumulation-distribution.js';
import { ChaikinOscillator } from '../../indicators/volume/chaikin-oscillator.js';
import { MoneyFlowIndex } from '../../indicators/volume/money-flow-index.js';
import { OnBalanceVolume } from '../../indicators/volume/on-balance-volume.js';
import { VolumeWeightedAveragePrice } from '../../indicators/volume/volume-weighted-average-price.js';
import { defineFeature, type FeatureRequest } from '../feature-request.js';
import { moneyFlowPlan, onBalanceVolumePlan } from './program/oscillator-plans.js';

/** `OBV`: on-balance volume. */
export function onBalanceVolumeFeature(history = 2): FeatureRequest<number> {
  return defineFeature('OBV', () => new OnBalanceVolume(), history, onBalanceVolumePlan());
}

/** `MFI(period)`: money flow index, 0..100. */
export function moneyFlowIndexFeature(period = 14, history = 2): FeatureRequest<number> {
  return defineFeature(`MFI(${period})`, () => new MoneyFlowIndex(period), history, moneyFlowPlan(period));
}

/** `AD`: Chaikin accumulation/distribution line. */
export function accumulationDistributionFeature(history = 2): FeatureRequest<number> {
  return defineFeature('AD', () => new AccumulationDistribution(), history);
}

/** `ADOSC(fast,slow)`: Chaikin oscillator. */
export function chaikinOscillatorFeature(fast = 3, slow = 10, history = 2): FeatureRequest<number> {
  return defineFeature(`ADOSC(${fast},${slow})`, () => new ChaikinOscillator(fast, slow), history);
}

/** `VWAP`: session VWAP of the typical price, reset at each UTC day. */
export function volumeWeightedAveragePriceFeature(history = 2): FeatureRequest<number> {
  return defineFeature('VWAP', () => new VolumeWeightedAveragePrice(), history);
}
