import type { VwapDeviationValue } from '../vwap-deviation.js';
import { calendarMomentumAt, calendarMomentumNode } from './calendar-momentum-op.js';
import type { FeaturePlan } from './feature-program-builder.js';
import { valueOrNull } from './program-state.js';
import { vwapDeviationAt, vwapDeviationNode } from './vwap-deviation-op.js';

// Plans of the features that follow calendar time (UTC sessions and days).

/** VWAP_ZSCORE(period). */
export function vwapDeviationPlan(period: number): FeaturePlan<VwapDeviationValue> {
  return (builder, history) => {
    const node = vwapDeviationNode(builder, period, history);
    return (s, ago) => {
      const vwap = vwapDeviationAt(s, node.base, 0, ago);
      if (Number.isNaN(vwap)) return null;
      return { vwap, deviation: vwapDeviationAt(s, node.base, 1, ago), zScore: vwapDeviationAt(s, node.base, 2, ago) };
    };
  };
}

/** MOMENTUM_MONTHS, from the lookback and skip in whole days. */
export function calendarMomentumPlan(lookbackDays: number, skipDays: number): FeaturePlan<number> {
  return (builder, history) => {
    const node = calendarMomentumNode(builder, lookbackDays, skipDays, history);
    return (s, ago) => valueOrNull(calendarMomentumAt(s, node.base, ago));
  };
}
