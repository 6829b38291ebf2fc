import type { StochasticValue } from '../../../indicators/momentum/stochastic-value.js';
import type { MacdValue } from '../../../indicators/moving-averages/moving-average-convergence-divergence.js';
import type { FeaturePlan } from './feature-program-builder.js';
import { macdAt, macdNode, macdSignalAt, relativeStrengthAt, relativeStrengthNode } from './momentum-ops.js';
import { COUNT, ringAt, valueOrNull } from './program-state.js';
import { seriesAt, seriesNode, seriesRing } from './series-op.js';
import { stochasticDAt, stochasticKAt, stochasticNode } from './stochastic-op.js';
import { moneyFlowAt, moneyFlowNode, onBalanceVolumeAt, onBalanceVolumeNode } from './volume-ops.js';
import { highestAt, lowestAt, windowExtremesNode } from './window-extremes-op.js';

// Plans of the oscillators. Values computed when read (WILLR, CCI, ROC, MOM) use the indicator
// classes' arithmetic operation for operation.

/** RSI(period) of the close. */
export function relativeStrengthPlan(period: number): FeaturePlan<number> {
  return (builder, history) => {
    const node = relativeStrengthNode(builder, period, history);
    return (s, ago) => valueOrNull(relativeStrengthAt(s, node.base, ago));
  };
}

/** MACD(fast, slow, signal) of the close. */
export function macdPlan(fast: number, slow: number, signal: number): FeaturePlan<MacdValue> {
  return (builder, history) => {
    const node = macdNode(builder, fast, slow, signal, history);
    return (s, ago) => {
      const macd = macdAt(s, node.base, ago);
      if (Number.isNaN(macd)) return null;
      const line = macdSignalAt(s, node.base, ago);
      return { macd, signal: line, histogram: macd - line };
    };
  };
}

/** MFI(period). */
export function moneyFlowPlan(period: number): FeaturePlan<number> {
  return (builder, history) => {
    const node = moneyFlowNode(builder, period, history);
    return (s, ago) => valueOrNull(moneyFlowAt(s, node.base, ago));
  };
}

/** OBV. */
export function onBalanceVolumePlan(): FeaturePlan<number> {
  return (builder, history) => {
    const node = onBalanceVolumeNode(builder, history);
    return (s, ago) => valueOrNull(onBalanceVolumeAt(s, node.base, ago));
  };
}

/** STOCH(fastK, slowK, slowD) on the shared window extremes. */
export function stochasticPlan(fastK: number, slowK: number, slowD: number): FeaturePlan<StochasticValue> {
  return (builder, history) => {
    const node = stochasticNode(builder, fastK, slowK, slowD, history);
    return (s, ago) => {
      const k = stochasticKAt(s, node.base, ago);
      return Number.isNaN(k) ? null : { k, d: stochasticDAt(s, node.base, ago) };
    };
  };
}

/** WILLR(period) on the shared window extremes: (H - close) / ((H - L) / -100), 0 when H == L. */
export function williamsPercentRangePlan(period: number): FeaturePlan<number> {
  return (builder, history) => {
    const closes = seriesNode(builder, 'close', history);
    const extremes = windowExtremesNode(builder, period, history);
    return (s, ago) => {
      if (s[COUNT] - ago < period) return null;
      const highest = highestAt(s, extremes.base, ago);
      const diff = (highest - lowestAt(s, extremes.base, ago)) / -100;
      return diff !== 0 ? (highest - seriesAt(s, closes.base, ago)) / diff : 0;
    };
  };
}

/**
 * CCI(period), computed when read from the bar rings. CommodityChannelIndex sums its window in the
 * order of its circular buffer (bar b in slot b % period), so the typical prices are laid out in that
 * order first and the sums agree to the bit.
 */
export function commodityChannelPlan(period: number): FeaturePlan<number> {
  return (builder, history) => {
    const length = period + history - 1;
    const highs = seriesNode(builder, 'high', length);
    const lows = seriesNode(builder, 'low', length);
    const closes = seriesNode(builder, 'close', length);
    // Scratch for one read; reads never interleave (the engine is single-threaded per state).
    const window = new Float64Array(period);
    return (s, ago) => {
      const count = s[COUNT];
      if (count - ago < period) return null;
      const h = seriesRing(highs);
      const l = seriesRing(lows);
      const c = seriesRing(closes);
      const last = count - 1 - ago;
      for (let k = 0; k < period; k++) {
        const a = ago + k;
        window[(last - k) % period] = (ringAt(s, h, a) + ringAt(s, l, a) + ringAt(s, c, a)) / 3;
      }
      let average = 0;
      for (let j = 0; j < period; j++) average += window[j];
      average /= period;
      let deviation = 0;
      for (let j = 0; j < period; j++) deviation += Math.abs(window[j] - average);
      const distance = window[last % period] - average;
      return distance !== 0 && deviation !== 0 ? distance / (0.015 * (deviation / period)) : 0;
    };
  };
}

/** ROC(period) of the close, in percent; 0 when the earlier close is 0. */
export function rateOfChangePlan(period: number): FeaturePlan<number> {
  return (builder, history) => {
    const closes = seriesNode(builder, 'close', period + history);
    return (s, ago) => {
      if (s[COUNT] - ago <= period) return null;
      const earlier = seriesAt(s, closes.base, ago + period);
      return earlier !== 0 ? (seriesAt(s, closes.base, ago) / earlier - 1) * 100 : 0;
    };
  };
}

/** MOM(period) of the close: the difference with the close `period` bars earlier. */
export function momentumPlan(period: number): FeaturePlan<number> {
  return (builder, history) => {
    const closes = seriesNode(builder, 'close', period + history);
    return (s, ago) => (s[COUNT] - ago <= period ? null : seriesAt(s, closes.base, ago) - seriesAt(s, closes.base, ago + period));
  };
}
