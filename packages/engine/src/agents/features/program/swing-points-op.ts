import type { FeatureProgramBuilder } from './feature-program-builder.js';
import { OpKind } from './op-kind.js';
import type { ProgramNode } from './program-node.js';
import { COUNT, initRing, ringAt, ringPush, ringSize } from './program-state.js';
import { windowExtremesNode } from './window-extremes-op.js';

// Swing block: [strength, extremes block offset, swing high, swing low, high age, low age,
//               rings of the four].
const SWING_OUT = 6;

/**
 * Last confirmed swing high and low (SwingPoints' rule: bar t-k is a swing high when it is the
 * latest highest of bars t-2k..t, i.e. the window's maximum is exactly k bars old), on the shared
 * window extremes of 2k + 1 bars.
 */
export function swingPointsNode(builder: FeatureProgramBuilder, strength: number, history: number): ProgramNode {
  const extremes = windowExtremesNode(builder, 2 * strength + 1, 1);
  return builder.node(`swing:${strength}`, history, () => ({
    kind: OpKind.SwingPoints,
    size: (h) => SWING_OUT + 4 * ringSize(h),
    init(template, base, h) {
      template[base] = strength;
      template[base + 1] = extremes.base;
      template.fill(NaN, base + 2, base + 6);
      for (let i = 0; i < 4; i++) initRing(template, base + SWING_OUT + i * ringSize(h), h);
    },
  }));
}

export function swingPointsStep(s: Float64Array, base: number): void {
  const strength = s[base];
  const out = base + SWING_OUT;
  const size = 2 + s[out];
  s[base + 4] += 1;
  s[base + 5] += 1;
  let ready = false;
  const current = s[COUNT] - 1;
  if (current >= 2 * strength) {
    const extremes = s[base + 1];
    if (current - s[extremes + 2] === strength) {
      s[base + 2] = s[extremes + 1];
      s[base + 4] = strength;
    }
    if (current - s[extremes + 4] === strength) {
      s[base + 3] = s[extremes + 3];
      s[base + 5] = strength;
    }
    ready = !Number.isNaN(s[base + 4]) && !Number.isNaN(s[base + 5]);
  }
  for (let i = 0; i < 4; i++) ringPush(s, out + i * size, ready ? s[base + 2 + i] : NaN);
}

/** Field `field` (0 high, 1 low, 2 high age, 3 low age) of the swing value `ago` bars back, NaN when none. */
export function swingPointsAt(s: Float64Array, base: number, field: number, ago: number): number {
  const out = base + SWING_OUT;
  return ringAt(s, out + field * (2 + s[out]), ago);
}
