import { AverageTrueRange } from '../../indicators/volatility/average-true-range.js';
import { BollingerBands, type BollingerBandsValue } from '../../indicators/volatility/bollinger-bands.js';
import { KeltnerChannel, type KeltnerChannelValue } from '../../indicators/volatility/keltner-channel.js';
import { NormalizedAverageTrueRange } from '../../indicators/volatility/normalized-average-true-range.js';
import { RollingZScore } from '../../indicators/volatility/rolling-z-score.js';
import { StandardDeviation } from '../../indicators/volatility/standard-deviation.js';
import { Supertrend, type SupertrendValue } from '../../indicators/volatility/supertrend.js';
import { TrueRange } from '../../indicators/volatility/true-range.js';
import { onClose } from '../../indicators/support/on-close.js';
import { defineFeature, type FeatureRequest } from '../feature-request.js';
import { bollingerBandsPlan, standardDeviationPlan, zScorePlan } from './program/average-plans.js';
import { averageTrueRangePlan, keltnerChannelPlan, supertrendPlan, trueRangePlan } from './program/range-plans.js';

/** `BBANDS(period,deviations)` of the close (population sigma, as TA-Lib). */
export function bollingerBandsFeature(period = 20, deviations = 2, history = 2): FeatureRequest<BollingerBandsValue> {
  return defineFeature(`BBANDS(${period},${deviations})`, () => onClose(new BollingerBands(period, deviations)), history, bollingerBandsPlan(period, deviations));
}

/** `STDDEV(period)` of the close (population). */
export function standardDeviationFeature(period = 20, history = 2): FeatureRequest<number> {
  return defineFeature(`STDDEV(${period})`, () => onClose(new StandardDeviation(period)), history, standardDeviationPlan(period));
}

/** `TRANGE`: true range of each bar. */
export function trueRangeFeature(history = 2): FeatureRequest<number> {
  return defineFeature('TRANGE', () => new TrueRange(), history, trueRangePlan());
}

/** `ATR(period)`, Wilder smoothing. */
export function averageTrueRangeFeature(period = 14, history = 2): FeatureRequest<number> {
  return defineFeature(`ATR(${period})`, () => new AverageTrueRange(period), history, averageTrueRangePlan(period));
}

/** `NATR(period)`: ATR as a percentage of the close. */
export function normalizedAverageTrueRangeFeature(period = 14, history = 2): FeatureRequest<number> {
  return defineFeature(`NATR(${period})`, () => new NormalizedAverageTrueRange(period), history);
}

/** `KELTNER(period,multiplier,atrPeriod)`: EMA middle line +- multiplier x ATR. */
export function keltnerChannelFeature(period = 20, multiplier = 2, atrPeriod = 10, history = 2): FeatureRequest<KeltnerChannelValue> {
  return defineFeature(`KELTNER(${period},${multiplier},${atrPeriod})`, () => new KeltnerChannel(period, multiplier, atrPeriod), history, keltnerChannelPlan(period, multiplier, atrPeriod));
}

/** `SUPERTREND(atrPeriod,multiplier)`. */
export function supertrendFeature(atrPeriod = 10, multiplier = 3, history = 2): FeatureRequest<SupertrendValue> {
  return defineFeature(`SUPERTREND(${atrPeriod},${multiplier})`, () => new Supertrend(atrPeriod, multiplier), history, supertrendPlan(atrPeriod, multiplier));
}

/** `ZSCORE(period)` of the close (population sigma; 0 when sigma is 0). */
export function rollingZScoreFeature(period = 20, history = 2): FeatureRequest<number> {
  return defineFeature(`ZSCORE(${period})`, () => onClose(new RollingZScore(period)), history, zScorePlan(period));
}
