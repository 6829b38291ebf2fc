import type { KeltnerChannelValue } from '../../../indicators/volatility/keltner-channel.js';
import type { SupertrendValue } from '../../../indicators/volatility/supertrend.js';
import { exponentialAverageAt, exponentialAverageNode } from './average-ops.js';
import type { FeaturePlan } from './feature-program-builder.js';
import { valueOrNull } from './program-state.js';
import {
  averageTrueRangeAt,
  averageTrueRangeNode,
  supertrendAt,
  supertrendDirectionAt,
  supertrendNode,
  trueRangeAt,
  trueRangeNode,
} from './range-ops.js';

// Plans of the true-range family: one true range per bar, one ATR per period shared by ATR(n),
// SUPERTREND(n, m) and KELTNER(p, m, n).

/** TRANGE. */
export function trueRangePlan(): FeaturePlan<number> {
  return (builder, history) => {
    const node = trueRangeNode(builder, history);
    return (s, ago) => valueOrNull(trueRangeAt(s, node.base, ago));
  };
}

/** ATR(period). */
export function averageTrueRangePlan(period: number): FeaturePlan<number> {
  return (builder, history) => {
    const node = averageTrueRangeNode(builder, period, history);
    return (s, ago) => valueOrNull(averageTrueRangeAt(s, node.base, ago));
  };
}

/** SUPERTREND(atrPeriod, multiplier). */
export function supertrendPlan(atrPeriod: number, multiplier: number): FeaturePlan<SupertrendValue> {
  return (builder, history) => {
    const node = supertrendNode(builder, atrPeriod, multiplier, history);
    return (s, ago) => {
      const value = supertrendAt(s, node.base, ago);
      return Number.isNaN(value) ? null : { value, direction: supertrendDirectionAt(s, node.base, ago) };
    };
  };
}

/** KELTNER(period, multiplier, atrPeriod): the shared EMA(period) ± multiplier × the shared ATR(atrPeriod). */
export function keltnerChannelPlan(period: number, multiplier: number, atrPeriod: number): FeaturePlan<KeltnerChannelValue> {
  return (builder, history) => {
    const ema = exponentialAverageNode(builder, period, history);
    const atr = averageTrueRangeNode(builder, atrPeriod, history);
    return (s, ago) => {
      const middle = exponentialAverageAt(s, ema.base, ago);
      const range = averageTrueRangeAt(s, atr.base, ago);
      if (Number.isNaN(middle) || Number.isNaN(range)) return null;
      const width = multiplier * range;
      return { upper: middle + width, middle, lower: middle - width };
    };
  };
}
