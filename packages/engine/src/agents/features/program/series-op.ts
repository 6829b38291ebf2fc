import type { FeatureProgramBuilder } from './feature-program-builder.js';
import { OpKind } from './op-kind.js';
import type { ProgramNode } from './program-node.js';
import { CLOSE, fieldSlot, initRing, ringAt, ringPush, ringSize, type BarField } from './program-state.js';

// Series block: [header slot of the field, ring of its values].
// Positive-close block: [closes counted, ring of the closes > 0]; the risk features skip other bars.

/** The last `length` values of a bar field, one per bar. */
export function seriesNode(builder: FeatureProgramBuilder, field: BarField, length: number): ProgramNode {
  return builder.node(`series:${field}`, length, () => ({
    kind: OpKind.Series,
    size: (history) => 1 + ringSize(history),
    init(template, base, history) {
      template[base] = fieldSlot(field);
      initRing(template, base + 1, history);
    },
  }));
}

export function seriesStep(s: Float64Array, base: number): void {
  ringPush(s, base + 1, s[s[base]]);
}

/** Offset of a series (or positive-close) ring, for scans; valid once the program is built. */
export function seriesRing(node: ProgramNode): number {
  return node.base + 1;
}

/** The series value `ago` bars back (`ago` below the length asked for). */
export function seriesAt(s: Float64Array, base: number, ago: number): number {
  return ringAt(s, base + 1, ago);
}

/** The last `length` closes above 0 (bars with another close are skipped, as the risk features skip them). */
export function positiveClosesNode(builder: FeatureProgramBuilder, length: number): ProgramNode {
  return builder.node('series:positive-close', length, () => ({
    kind: OpKind.PositiveCloses,
    size: (history) => 1 + ringSize(history),
    init(template, base, history) {
      template[base] = 0;
      initRing(template, base + 1, history);
    },
  }));
}

export function positiveClosesStep(s: Float64Array, base: number): void {
  const close = s[CLOSE];
  if (!(close > 0)) return;
  s[base] += 1;
  ringPush(s, base + 1, close);
}

/** Positive closes seen so far. */
export function positiveCount(s: Float64Array, base: number): number {
  return s[base];
}

/** Offset of the ring of a positive-close block at `base`. */
export function positiveRing(base: number): number {
  return base + 1;
}

/** The positive close `ago` positive closes back. */
export function positiveCloseAt(s: Float64Array, base: number, ago: number): number {
  return ringAt(s, base + 1, ago);
}
