import type { FeatureProgramBuilder } from './feature-program-builder.js';
import { OpKind } from './op-kind.js';
import type { ProgramNode } from './program-node.js';
import { CLOSE, HIGH, initRing, LOW, ringAt, ringPush, ringSize, VOLUME } from './program-state.js';

// Arithmetic copied operation for operation from MoneyFlowIndex and OnBalanceVolume, so values are
// bit-identical to the indicator classes (program-equivalence.test.ts checks it).

// MFI block: [period, slot, count, previous typical, positive total, negative total,
//             (positive flow, negative flow) × period, ring of values].
const MFI_FLOWS = 6;

/** MFI(period): money flow index, 0..100. */
export function moneyFlowNode(builder: FeatureProgramBuilder, period: number, history: number): ProgramNode {
  return builder.node(`mfi:${period}`, history, () => ({
    kind: OpKind.MoneyFlow,
    size: (h) => MFI_FLOWS + 2 * period + ringSize(h),
    init(template, base, h) {
      template[base] = period;
      initRing(template, base + MFI_FLOWS + 2 * period, h);
    },
  }));
}

export function moneyFlowStep(s: Float64Array, base: number): void {
  const period = s[base];
  const out = base + MFI_FLOWS + 2 * period;
  const typical = (s[HIGH] + s[LOW] + s[CLOSE]) / 3;
  const change = typical - s[base + 3];
  s[base + 3] = typical;
  const count = s[base + 2];
  if (count === 0) {
    s[base + 2] = 1;
    return ringPush(s, out, NaN);
  }
  const flow = typical * s[VOLUME];
  const slot = s[base + 1];
  const positive = base + MFI_FLOWS + 2 * slot;
  const negative = positive + 1;
  // Once the window is full the oldest flow leaves before the new one enters, as in TA-Lib.
  if (count > period) {
    s[base + 4] -= s[positive];
    s[base + 5] -= s[negative];
  } else {
    s[base + 2] = count + 1;
  }
  if (change < 0) {
    s[negative] = flow;
    s[base + 5] += flow;
    s[positive] = 0;
  } else if (change > 0) {
    s[positive] = flow;
    s[base + 4] += flow;
    s[negative] = 0;
  } else {
    s[positive] = 0;
    s[negative] = 0;
  }
  s[base + 1] = slot + 1 === period ? 0 : slot + 1;
  if (s[base + 2] <= period) return ringPush(s, out, NaN);
  const total = s[base + 4] + s[base + 5];
  ringPush(s, out, total < 1 ? 0 : 100 * (s[base + 4] / total));
}

/** The MFI `ago` bars back, NaN during warm-up. */
export function moneyFlowAt(s: Float64Array, base: number, ago: number): number {
  return ringAt(s, base + MFI_FLOWS + 2 * s[base], ago);
}

// OBV block: [started, total, previous close, ring of values].
const OBV_OUT = 3;

/** On-balance volume, seeded with the first bar's volume as TA-Lib does. */
export function onBalanceVolumeNode(builder: FeatureProgramBuilder, history: number): ProgramNode {
  return builder.node('obv', history, () => ({
    kind: OpKind.OnBalanceVolume,
    size: (h) => OBV_OUT + ringSize(h),
    init(template, base, h) {
      initRing(template, base + OBV_OUT, h);
    },
  }));
}

export function onBalanceVolumeStep(s: Float64Array, base: number): void {
  const close = s[CLOSE];
  if (s[base] === 1) {
    const previous = s[base + 2];
    s[base + 1] += s[VOLUME] * (Number(close > previous) - Number(close < previous));
  } else {
    s[base + 1] = s[VOLUME];
    s[base] = 1;
  }
  s[base + 2] = close;
  ringPush(s, base + OBV_OUT, s[base + 1]);
}

/** OBV `ago` bars back. */
export function onBalanceVolumeAt(s: Float64Array, base: number, ago: number): number {
  return ringAt(s, base + OBV_OUT, ago);
}
