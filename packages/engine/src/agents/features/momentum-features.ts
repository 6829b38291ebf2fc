import { Aroon, type AroonValue } from '../../indicators/momentum/aroon.js';
import { CommodityChannelIndex } from '../../indicators/momentum/commodity-channel-index.js';
import { FastStochastic } from '../../indicators/momentum/fast-stochastic.js';
import { Momentum } from '../../indicators/momentum/momentum.js';
import { RateOfChange } from '../../indicators/momentum/rate-of-change.js';
import { RelativeStrengthIndex } from '../../indicators/momentum/relative-strength-index.js';
import { StochasticOscillator } from '../../indicators/momentum/stochastic-oscillator.js';
import type { StochasticValue } from '../../indicators/momentum/stochastic-value.js';
import { StochasticRsi } from '../../indicators/momentum/stochastic-rsi.js';
import { UltimateOscillator } from '../../indicators/momentum/ultimate-oscillator.js';
import { WilliamsPercentRange } from '../../indicators/momentum/williams-percent-range.js';
import { onClose } from '../../indicators/support/on-close.js';
import { defineFeature, type FeatureRequest } from '../feature-request.js';
import { commodityChannelPlan, momentumPlan, rateOfChangePlan, relativeStrengthPlan, stochasticPlan, williamsPercentRangePlan } from './program/oscillator-plans.js';
import { aroonPlan } from './program/trend-plans.js';

/** `RSI(period)` of the close, Wilder smoothing. */
export function relativeStrengthIndexFeature(period = 14, history = 2): FeatureRequest<number> {
  return defineFeature(`RSI(${period})`, () => onClose(new RelativeStrengthIndex(period)), history, relativeStrengthPlan(period));
}

/** `STOCH(fastK,slowK,slowD)`: slow stochastic, SMA smoothing. */
export function stochasticOscillatorFeature(fastK = 14, slowK = 3, slowD = 3, history = 2): FeatureRequest<StochasticValue> {
  return defineFeature(`STOCH(${fastK},${slowK},${slowD})`, () => new StochasticOscillator(fastK, slowK, slowD), history, stochasticPlan(fastK, slowK, slowD));
}

/** `STOCHF(fastK,fastD)`: fast stochastic. */
export function fastStochasticFeature(fastK = 14, fastD = 3, history = 2): FeatureRequest<StochasticValue> {
  return defineFeature(`STOCHF(${fastK},${fastD})`, () => new FastStochastic(fastK, fastD), history);
}

/** `STOCHRSI(rsiPeriod,fastK,fastD)` of the close. */
export function stochasticRsiFeature(rsiPeriod = 14, fastK = 5, fastD = 3, history = 2): FeatureRequest<StochasticValue> {
  return defineFeature(`STOCHRSI(${rsiPeriod},${fastK},${fastD})`, () => onClose(new StochasticRsi(rsiPeriod, fastK, fastD)), history);
}

/** `CCI(period)`. */
export function commodityChannelIndexFeature(period = 20, history = 2): FeatureRequest<number> {
  return defineFeature(`CCI(${period})`, () => new CommodityChannelIndex(period), history, commodityChannelPlan(period));
}

/** `WILLR(period)`: Williams %R, -100..0. */
export function williamsPercentRangeFeature(period = 14, history = 2): FeatureRequest<number> {
  return defineFeature(`WILLR(${period})`, () => new WilliamsPercentRange(period), history, williamsPercentRangePlan(period));
}

/** `ROC(period)` of the close, in percent. */
export function rateOfChangeFeature(period = 10, history = 2): FeatureRequest<number> {
  return defineFeature(`ROC(${period})`, () => onClose(new RateOfChange(period)), history, rateOfChangePlan(period));
}

/** `MOM(period)` of the close: the price difference over `period` bars. */
export function momentumFeature(period = 10, history = 2): FeatureRequest<number> {
  return defineFeature(`MOM(${period})`, () => onClose(new Momentum(period)), history, momentumPlan(period));
}

/** `ULTOSC(short,medium,long)`. */
export function ultimateOscillatorFeature(short = 7, medium = 14, long = 28, history = 2): FeatureRequest<number> {
  return defineFeature(`ULTOSC(${short},${medium},${long})`, () => new UltimateOscillator(short, medium, long), history);
}

/** `AROON(period)`. */
export function aroonFeature(period = 14, history = 2): FeatureRequest<AroonValue> {
  return defineFeature(`AROON(${period})`, () => new Aroon(period), history, aroonPlan(period));
}
