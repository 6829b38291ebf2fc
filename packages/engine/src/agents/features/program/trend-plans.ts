import type { SwingPointsValue } from '../../../indicators/levels/swing-points.js';
import type { AroonValue } from '../../../indicators/momentum/aroon.js';
import type { DirectionalMovementSystemValue } from '../../../indicators/trend/directional-movement-system.js';
import type { DonchianChannelValue } from '../../../indicators/trend/donchian-channel.js';
import type { IchimokuCloudValue } from '../../../indicators/trend/ichimoku-cloud.js';
import type { FeaturePlan } from './feature-program-builder.js';
import { COUNT, ringAt, valueOrNull } from './program-state.js';
import { seriesNode, seriesRing } from './series-op.js';
import { swingPointsAt, swingPointsNode } from './swing-points-op.js';
import { directionalMovementAt, directionalMovementNode, parabolicSarAt, parabolicSarNode } from './trend-ops.js';
import { latestHighest, latestLowest, nestedMidpoints } from './window-scan.js';

// Plans of the trend features. DONCHIAN, AROON and ICHIMOKU are pure functions of the last bars'
// highs and lows, so they are computed when read from the shared bar rings: no state per bar.

/** DMI(period): +DI, -DI and ADX. */
export function directionalMovementPlan(period: number): FeaturePlan<DirectionalMovementSystemValue> {
  return (builder, history) => {
    const node = directionalMovementNode(builder, period, history);
    return (s, ago) => {
      const adx = directionalMovementAt(s, node.base, 2, ago);
      if (Number.isNaN(adx)) return null;
      return { plusDI: directionalMovementAt(s, node.base, 0, ago), minusDI: directionalMovementAt(s, node.base, 1, ago), adx };
    };
  };
}

/** SAR(acceleration, maximum). */
export function parabolicSarPlan(acceleration: number, maximum: number): FeaturePlan<number> {
  return (builder, history) => {
    const node = parabolicSarNode(builder, acceleration, maximum, history);
    return (s, ago) => valueOrNull(parabolicSarAt(s, node.base, ago));
  };
}

/** DONCHIAN(period): highest high, lowest low and their midpoint over `period` bars, current included. */
export function donchianChannelPlan(period: number): FeaturePlan<DonchianChannelValue> {
  return (builder, history) => {
    const highs = seriesNode(builder, 'high', period + history - 1);
    const lows = seriesNode(builder, 'low', period + history - 1);
    return (s, ago) => {
      if (s[COUNT] - ago < period) return null;
      const h = seriesRing(highs);
      const l = seriesRing(lows);
      const upper = ringAt(s, h, latestHighest(s, h, ago, period));
      const lower = ringAt(s, l, latestLowest(s, l, ago, period));
      return { upper, middle: (upper + lower) / 2, lower };
    };
  };
}

/** AROON(period): bars since the latest highest high / lowest low of the last period + 1 bars. */
export function aroonPlan(period: number): FeaturePlan<AroonValue> {
  const factor = 100 / period;
  return (builder, history) => {
    const highs = seriesNode(builder, 'high', period + history);
    const lows = seriesNode(builder, 'low', period + history);
    return (s, ago) => {
      if (s[COUNT] - ago <= period) return null;
      const highAge = latestHighest(s, seriesRing(highs), ago, period + 1) - ago;
      const lowAge = latestLowest(s, seriesRing(lows), ago, period + 1) - ago;
      return { down: factor * (period - lowAge), up: factor * (period - highAge) };
    };
  };
}

/** ICHIMOKU(conversion, base, spanB), displaced by the base period, as IchimokuCloud reports it. */
export function ichimokuCloudPlan(conversion: number, base: number, spanB: number): FeaturePlan<IchimokuCloudValue> {
  const displacement = base;
  const longest = Math.max(conversion, base, spanB);
  const lookback = longest - 1 + displacement;
  return (builder, history) => {
    const highs = seriesNode(builder, 'high', longest + displacement + history - 1);
    const lows = seriesNode(builder, 'low', longest + displacement + history - 1);
    const lengths = Int32Array.of(conversion, base, spanB);
    // Scratch for one read: [conversion, base, spanB] midpoints now, then `displacement` bars earlier.
    const now = new Float64Array(3);
    const then = new Float64Array(3);
    return (s, ago) => {
      if (s[COUNT] - ago <= lookback) return null;
      const h = seriesRing(highs);
      const l = seriesRing(lows);
      nestedMidpoints(s, h, l, ago, lengths, now);
      nestedMidpoints(s, h, l, ago + displacement, lengths, then);
      return {
        conversion: now[0],
        base: now[1],
        leadingSpanA: (now[0] + now[1]) / 2,
        leadingSpanB: now[2],
        cloudA: (then[0] + then[1]) / 2,
        cloudB: then[2],
      };
    };
  };
}

/** SWING(strength): last confirmed swing high and low and their ages. */
export function swingPointsPlan(strength: number): FeaturePlan<SwingPointsValue> {
  return (builder, history) => {
    const node = swingPointsNode(builder, strength, history);
    return (s, ago) => {
      const swingHigh = swingPointsAt(s, node.base, 0, ago);
      if (Number.isNaN(swingHigh)) return null;
      return {
        swingHigh,
        swingLow: swingPointsAt(s, node.base, 1, ago),
        swingHighAge: swingPointsAt(s, node.base, 2, ago),
        swingLowAge: swingPointsAt(s, node.base, 3, ago),
      };
    };
  };
}
