import { describe, expect, it } from 'vitest';
import type { FeatureRequest } from '../../feature-request.js';
import { FeatureStore } from '../../feature-store.js';
import { holdingReturnDistributionFeature } from '../../risk/holding-return-distribution.js';
import { valueAtRiskFeature } from '../../risk/historical-value-at-risk.js';
import { drawdownFeature } from '../../risk/rolling-drawdown.js';
import { volatilityRegimeFeature } from '../../risk/volatility-regime-feature.js';
import { atrPercentileFeature } from '../atr-percentile.js';
import * as features from '../standard-features.js';
import { firstDifference, intradayBars, roughBars, walk } from './program-equivalence.test-support.js';

// The feature program recomputes the standard features with its own (shared, lazy) code; the
// indicator classes are the reference. Every value an agent can read must be bit-identical.

/** Every exported `...Feature` factory with its defaults. */
const defaults: FeatureRequest<unknown>[] = Object.entries(features)
  .filter(([name, value]) => name.endsWith('Feature') && typeof value === 'function')
  .map(([, factory]) => (factory as () => FeatureRequest<unknown>)());

/** Other parameters, edge values included (period 1 or 2, swapped MACD periods, acceleration above the maximum, ...). */
const variants: FeatureRequest<unknown>[] = [
  features.simpleMovingAverageFeature(1, 3),
  features.simpleMovingAverageFeature(200, 1),
  features.exponentialMovingAverageFeature(1, 2),
  features.exponentialMovingAverageFeature(8, 4),
  features.bollingerBandsFeature(2, 0, 3),
  features.bollingerBandsFeature(5, 1.5, 1),
  features.standardDeviationFeature(1, 2),
  features.rollingZScoreFeature(2, 3),
  features.averageTrueRangeFeature(1, 2),
  features.averageTrueRangeFeature(10, 5),
  features.keltnerChannelFeature(5, 1.5, 3, 4),
  features.supertrendFeature(3, 1, 3),
  features.relativeStrengthIndexFeature(2, 3),
  features.movingAverageConvergenceDivergenceFeature(26, 12, 9, 2),
  features.movingAverageConvergenceDivergenceFeature(3, 5, 1, 4),
  features.stochasticOscillatorFeature(5, 1, 1, 3),
  features.stochasticOscillatorFeature(3, 2, 4, 1),
  features.williamsPercentRangeFeature(2, 7),
  features.williamsPercentRangeFeature(14, 6),
  features.commodityChannelIndexFeature(2, 3),
  features.commodityChannelIndexFeature(7, 6),
  features.rateOfChangeFeature(1, 4),
  features.momentumFeature(1, 2),
  features.aroonFeature(2, 3),
  features.directionalMovementFeature(2, 3),
  features.parabolicSarFeature(0.3, 0.2, 4),
  features.donchianChannelFeature(1, 3),
  features.donchianChannelFeature(55, 2),
  features.ichimokuCloudFeature(2, 3, 5, 3),
  features.ichimokuCloudFeature(5, 3, 2, 1),
  features.swingPointsFeature(1, 3),
  features.swingPointsFeature(3, 2),
  features.moneyFlowIndexFeature(2, 3),
  features.volumeAverageFeature(1, 2),
  features.vwapDeviationFeature(2, 3),
  features.calendarMomentumFeature(1, 0, 3),
  features.calendarMomentumFeature(2, 1, 1),
  features.bollingerBandwidthRankFeature(5, 2, 7, 11),
  features.trueRangeFeature(3),
];

const risk: FeatureRequest<unknown>[] = [
  valueAtRiskFeature(20, 0.9),
  valueAtRiskFeature(250, 0.95),
  valueAtRiskFeature(40, 0.2),
  valueAtRiskFeature(100, 0.2),
  volatilityRegimeFeature(5, 20),
  volatilityRegimeFeature(20, 252),
  drawdownFeature(10),
  drawdownFeature(252),
  holdingReturnDistributionFeature(3, 12),
  holdingReturnDistributionFeature(5, 250),
  atrPercentileFeature(5, 30, 10),
  atrPercentileFeature(14, 252, 20),
];

/** One request per key, the longest history (a store keeps the longest asked for). */
function distinct(requests: readonly FeatureRequest<unknown>[]): FeatureRequest<unknown>[] {
  const byKey = new Map<string, FeatureRequest<unknown>>();
  for (const request of requests) if ((byKey.get(request.key)?.history ?? 0) < request.history) byKey.set(request.key, request);
  return [...byKey.values()];
}

const all = distinct([...defaults, ...variants, ...risk]);

const series = {
  'a random walk': walk(1_200, 5),
  'bars with flat runs, ties, gaps, zero volume and non-positive closes': roughBars(1_500, 9),
  'hourly bars': intradayBars(1_200, 3),
};

describe('feature program', () => {
  it('plans every default feature the agents use, and the variants under test', () => {
    const planned = [...defaults, ...variants, ...risk].filter((request) => request.plan).map((request) => request.key);
    for (const key of ['RSI(14)', 'MACD(12,26,9)', 'BBWIDTH_RANK(20,2,125)', 'ICHIMOKU(9,26,52)', 'VWAP_ZSCORE(20)', 'MOMENTUM_MONTHS(12,1)']) {
      expect(planned).toContain(key);
    }
    expect(planned.length).toBe(variants.length + risk.length + defaults.filter((request) => request.plan).length);
  });

  for (const [name, bars] of Object.entries(series)) {
    it(`gives every feature's own indicator values, bit for bit, at every bar and every ago, on ${name}`, () => {
      for (const request of [...defaults, ...variants, ...risk]) expect(firstDifference([request], bars)).toBeNull();
    });

    it(`keeps them when all features share one program on ${name}`, () => {
      expect(firstDifference(all, bars)).toBeNull();
    });
  }

  it('gives the same values when read rarely (ranks and order statistics caught up after long gaps)', () => {
    const bars = roughBars(1_500, 4);
    for (const readEvery of [7, 64, 90, 400]) expect(firstDifference(all, bars, readEvery)).toBeNull();
  });

  it('gives the same values when reads come in bursts with gaps (sorted copies dropped, rebuilt and caught up)', () => {
    const bars = roughBars(1_500, 6);
    // Bursts of 30 consecutive reads, then gaps of 20 bars (beyond the sorted copies' slack) or 10 (within it).
    expect(firstDifference(all, bars, (i) => i % 50 < 30 || (i % 100 >= 80 && i % 100 < 85))).toBeNull();
    expect(firstDifference(all, bars, (i) => i % 40 < 30)).toBeNull();
  });

  it('falls back to the indicator for a history the plan does not keep, with the same values', () => {
    const request = { ...valueAtRiskFeature(20, 0.9), history: 3 };
    expect(firstDifference([request, drawdownFeature(10)], roughBars(600, 2))).toBeNull();
  });

  it('starts over identically after reset', () => {
    const bars = walk(400, 8);
    const requests = [...defaults, ...risk];
    const store = new FeatureStore(requests);
    bars.forEach((bar) => store.update(bar));
    const before = requests.map((request) => store.get(request));
    store.reset();
    expect(requests.map((request) => store.get(request))).toEqual(requests.map(() => null));
    bars.forEach((bar) => store.update(bar));
    expect(requests.map((request) => store.get(request))).toEqual(before);
  });
});
