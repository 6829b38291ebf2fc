import { SimpleMovingAverage } from '../../indicators/moving-averages/simple-moving-average.js';
import { defineFeature, type FeatureRequest } from '../feature-request.js';
import { BollingerBandwidthRank, type BandwidthRankValue } from './bollinger-bandwidth-rank.js';
import { CalendarMomentum, daysInMonths } from './calendar-momentum.js';
import { onVolume } from './on-volume.js';
import { VwapDeviation, type VwapDeviationValue } from './vwap-deviation.js';
import { bandwidthRankPlan, simpleAveragePlan } from './program/average-plans.js';
import { calendarMomentumPlan, vwapDeviationPlan } from './program/session-plans.js';

// Features built from the catalogue indicators for the agents' own rules; same key, same computation.

/** `BBWIDTH_RANK(period,deviations,rankPeriod)`: Bollinger BandWidth and its percent rank. */
export function bollingerBandwidthRankFeature(period = 20, deviations = 2, rankPeriod = 125, history = 2): FeatureRequest<BandwidthRankValue> {
  return defineFeature(`BBWIDTH_RANK(${period},${deviations},${rankPeriod})`, () => new BollingerBandwidthRank(period, deviations, rankPeriod), history, bandwidthRankPlan(period, deviations, rankPeriod));
}

/** `VOLUME_SMA(period)`: simple average of the volume. */
export function volumeAverageFeature(period = 20, history = 2): FeatureRequest<number> {
  return defineFeature(`VOLUME_SMA(${period})`, () => onVolume(new SimpleMovingAverage(period)), history, simpleAveragePlan('volume', period));
}

/** `VWAP_ZSCORE(period)`: session VWAP and the z-score of the close's deviation from it. */
export function vwapDeviationFeature(period = 20, history = 2): FeatureRequest<VwapDeviationValue> {
  return defineFeature(`VWAP_ZSCORE(${period})`, () => new VwapDeviation(period), history, vwapDeviationPlan(period));
}

/** `MOMENTUM_MONTHS(lookbackMonths,skipMonths)`: calendar-time price momentum, e.g. 12-1. */
export function calendarMomentumFeature(lookbackMonths = 12, skipMonths = 1, history = 2): FeatureRequest<number> {
  return defineFeature(`MOMENTUM_MONTHS(${lookbackMonths},${skipMonths})`, () => new CalendarMomentum(lookbackMonths, skipMonths), history, calendarMomentumPlan(daysInMonths(lookbackMonths), daysInMonths(skipMonths)));
}
