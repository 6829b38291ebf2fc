import type { BollingerBandsValue } from '../../../indicators/volatility/bollinger-bands.js';
import { deviationOf } from '../../../indicators/volatility/deviation-of.js';
import type { BandwidthRankValue } from '../bollinger-bandwidth-rank.js';
import { exponentialAverageAt, exponentialAverageNode, SQUARES, windowSumAt, windowSumOfSquaresAt, windowSumsNode } from './average-ops.js';
import { bandwidthAt, bandwidthCount, bandwidthRankAt, bandwidthRankNode } from './bandwidth-rank-op.js';
import type { FeaturePlan } from './feature-program-builder.js';
import { valueOrNull, type BarField } from './program-state.js';
import { seriesAt, seriesNode } from './series-op.js';
import { zScoreOf } from '../../../indicators/volatility/rolling-z-score.js';

// Plans of the features built on the shared window sums (SMA, BBANDS, STDDEV, ZSCORE, BBWIDTH_RANK)
// and on the shared EMAs. The read-time arithmetic is the indicator classes', operation for operation.

/** SMA(period) of a bar field, from the shared window sums. */
export function simpleAveragePlan(field: BarField, period: number): FeaturePlan<number> {
  return (builder, history) => {
    const sums = windowSumsNode(builder, field, period, history);
    return (s, ago) => valueOrNull(windowSumAt(s, sums.base, ago) / period);
  };
}

/** EMA(period) of the close. */
export function exponentialAveragePlan(period: number): FeaturePlan<number> {
  return (builder, history) => {
    const ema = exponentialAverageNode(builder, period, history);
    return (s, ago) => valueOrNull(exponentialAverageAt(s, ema.base, ago));
  };
}

/** BBANDS(period, deviations) of the close. */
export function bollingerBandsPlan(period: number, deviations: number): FeaturePlan<BollingerBandsValue> {
  return (builder, history) => {
    const sums = windowSumsNode(builder, 'close', period, history, SQUARES);
    return (s, ago) => {
      const total = windowSumAt(s, sums.base, ago);
      if (Number.isNaN(total)) return null;
      const middle = total / period;
      const width = deviationOf(windowSumOfSquaresAt(s, sums.base, ago) / period - middle * middle) * deviations;
      return { upper: middle + width, middle, lower: middle - width };
    };
  };
}

/** STDDEV(period) of the close (population). */
export function standardDeviationPlan(period: number): FeaturePlan<number> {
  return (builder, history) => {
    const sums = windowSumsNode(builder, 'close', period, history, SQUARES);
    return (s, ago) => {
      const total = windowSumAt(s, sums.base, ago);
      if (Number.isNaN(total)) return null;
      const mean = total / period;
      return deviationOf(windowSumOfSquaresAt(s, sums.base, ago) / period - mean * mean);
    };
  };
}

/** ZSCORE(period) of the close. */
export function zScorePlan(period: number): FeaturePlan<number> {
  return (builder, history) => {
    const closes = seriesNode(builder, 'close', history);
    const sums = windowSumsNode(builder, 'close', period, history, SQUARES);
    return (s, ago) => {
      const total = windowSumAt(s, sums.base, ago);
      if (Number.isNaN(total)) return null;
      return zScoreOf(seriesAt(s, closes.base, ago), total / period, windowSumOfSquaresAt(s, sums.base, ago) / period);
    };
  };
}

/** BBWIDTH_RANK(period, deviations, rankPeriod): bandwidth from the shared BBANDS sums, ranked when read. */
export function bandwidthRankPlan(period: number, deviations: number, rankPeriod: number): FeaturePlan<BandwidthRankValue> {
  return (builder, history) => {
    const node = bandwidthRankNode(builder, period, deviations, rankPeriod, history);
    return (s, ago) => {
      if (bandwidthCount(s, node.base) - ago < rankPeriod) return null;
      return { bandwidth: bandwidthAt(s, node.base, ago), rank: bandwidthRankAt(s, node.base, ago) };
    };
  };
}
