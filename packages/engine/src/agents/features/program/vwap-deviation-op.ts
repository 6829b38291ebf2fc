import type { FeatureProgramBuilder } from './feature-program-builder.js';
import { OpKind } from './op-kind.js';
import type { ProgramNode } from './program-node.js';
import { CLOSE, DAY, HIGH, initRing, LOW, ringAt, ringPush, ringSize, VOLUME } from './program-state.js';
import { zScoreOf } from '../../../indicators/volatility/rolling-z-score.js';

// VWAP-deviation block: [period, session, price x volume, volume, slot, count, total, total of
//                        squares, deviations × period, rings of VWAP, deviation and z-score].
const VWAP_WINDOW = 8;

/**
 * Session VWAP, the close's deviation from it and that deviation's z-score over `period` bars:
 * VwapDeviation (VolumeWeightedAveragePrice + RollingZScore) operation for operation.
 */
export function vwapDeviationNode(builder: FeatureProgramBuilder, period: number, history: number): ProgramNode {
  return builder.node(`vwap-deviation:${period}`, history, () => ({
    kind: OpKind.VwapDeviation,
    size: (h) => VWAP_WINDOW + period + 3 * ringSize(h),
    init(template, base, h) {
      template[base] = period;
      template[base + 1] = NaN;
      for (let i = 0; i < 3; i++) initRing(template, base + VWAP_WINDOW + period + i * ringSize(h), h);
    },
  }));
}

export function vwapDeviationStep(s: Float64Array, base: number): void {
  const period = s[base];
  const out = base + VWAP_WINDOW + period;
  const size = 2 + s[out];
  const session = s[DAY];
  if (session !== s[base + 1]) {
    s[base + 1] = session;
    s[base + 2] = 0;
    s[base + 3] = 0;
  }
  const close = s[CLOSE];
  const volume = s[VOLUME];
  const typical = (s[HIGH] + s[LOW] + close) / 3;
  s[base + 2] += typical * volume;
  s[base + 3] += volume;
  const vwap = s[base + 3] > 0 ? s[base + 2] / s[base + 3] : typical;
  const deviation = vwap > 0 ? close / vwap - 1 : 0;
  const slot = s[base + 4];
  s[base + VWAP_WINDOW + slot] = deviation;
  const next = slot + 1 === period ? 0 : slot + 1;
  s[base + 4] = next;
  const total = s[base + 6] + deviation;
  const totalSquares = s[base + 7] + deviation * deviation;
  if (s[base + 5] < period - 1) {
    s[base + 5] += 1;
    s[base + 6] = total;
    s[base + 7] = totalSquares;
    ringPush(s, out, NaN);
    ringPush(s, out + size, NaN);
    ringPush(s, out + 2 * size, NaN);
    return;
  }
  const oldest = s[base + VWAP_WINDOW + next];
  s[base + 6] = total - oldest;
  s[base + 7] = totalSquares - oldest * oldest;
  ringPush(s, out, vwap);
  ringPush(s, out + size, deviation);
  ringPush(s, out + 2 * size, zScoreOf(deviation, total / period, totalSquares / period));
}

/** Field `field` (0 VWAP, 1 deviation, 2 z-score) `ago` bars back, NaN during warm-up. */
export function vwapDeviationAt(s: Float64Array, base: number, field: number, ago: number): number {
  const out = base + VWAP_WINDOW + s[base];
  return ringAt(s, out + field * (2 + s[out]), ago);
}
