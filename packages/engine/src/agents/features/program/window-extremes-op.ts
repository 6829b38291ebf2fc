import type { FeatureProgramBuilder } from './feature-program-builder.js';
import { OpKind } from './op-kind.js';
import type { ProgramNode } from './program-node.js';
import { COUNT, HIGH, initRing, LOW, ringAt, ringPush, ringSize } from './program-state.js';

// The extremes of RollingMaximum/RollingMinimum, inside the program state. One node per window length
// serves every feature that needs that window (STOCH and WILLR share 14; SWING(k) uses 2k + 1).

// Window extremes block: [window, highest, its bar, lowest, its bar, then for the highs and for the
//   lows a monotonic deque: head slot, size, (value, bar) × window; ring of highest, ring of lowest].
// Each deque entry keeps its value and bar side by side: one cache line per end of the deque.
const EXTREMES_HIGHS = 5;

function dequeSize(window: number): number {
  return 2 + 2 * window;
}

/**
 * Highest high and lowest low of the last `window` bars (of all bars while fewer), with the bar of
 * each: RollingMaximum/RollingMinimum's monotonic deques (ties to the latest bar), amortised O(1).
 */
export function windowExtremesNode(builder: FeatureProgramBuilder, window: number, history: number): ProgramNode {
  const out = EXTREMES_HIGHS + 2 * dequeSize(window);
  return builder.node(`extremes:${window}`, history, () => ({
    kind: OpKind.WindowExtremes,
    size: (h) => out + 2 * ringSize(h),
    init(template, base, h) {
      template[base] = window;
      template[base + 1] = NaN;
      template[base + 3] = NaN;
      initRing(template, base + out, h);
      initRing(template, base + out + ringSize(h), h);
    },
  }));
}

/**
 * Adds the current bar's value of header field `field` (negated when `negate` is 1: minima are kept
 * as maxima of the negated lows, negation being exact) to the deque at `at` of the block at `base`.
 * Returns the slot of the front, the extreme. Takes only offsets, no numbers, so that a call V8
 * does not inline boxes nothing.
 */
function dequePush(s: Float64Array, base: number, at: number, field: number, negate: number): number {
  const window = s[base];
  const bar = s[COUNT] - 1;
  const value = negate === 1 ? -s[field] : s[field];
  const entries = at + 2;
  let head = s[at];
  let size = s[at + 1];
  // At most one input leaves the window per bar: the front, if it is the one that fell out.
  if (size > 0 && bar - s[entries + 2 * head + 1] >= window) {
    head = head + 1 === window ? 0 : head + 1;
    size--;
  }
  let back = head + size - 1;
  if (back >= window) back -= window;
  while (size > 0 && value >= s[entries + 2 * back]) {
    size--;
    back = back === 0 ? window - 1 : back - 1;
  }
  let slot = head + size;
  if (slot >= window) slot -= window;
  s[entries + 2 * slot] = value;
  s[entries + 2 * slot + 1] = bar;
  s[at] = head;
  s[at + 1] = size + 1;
  return head;
}

export function windowExtremesStep(s: Float64Array, base: number): void {
  const window = s[base];
  const highs = base + EXTREMES_HIGHS;
  const lows = highs + 2 + 2 * window;
  const highHead = dequePush(s, base, highs, HIGH, 0);
  const lowHead = dequePush(s, base, lows, LOW, 1);
  const highest = s[highs + 2 + 2 * highHead];
  const lowest = -s[lows + 2 + 2 * lowHead];
  s[base + 1] = highest;
  s[base + 2] = s[highs + 3 + 2 * highHead];
  s[base + 3] = lowest;
  s[base + 4] = s[lows + 3 + 2 * lowHead];
  const out = lows + 2 + 2 * window;
  ringPush(s, out, highest);
  ringPush(s, out + 2 + s[out], lowest);
}

/** Offset of the extremes' output rings. */
function extremesOut(s: Float64Array, base: number): number {
  return base + EXTREMES_HIGHS + 2 * (2 + 2 * s[base]);
}

/** The highest high of the window ending `ago` bars back. */
export function highestAt(s: Float64Array, base: number, ago: number): number {
  return ringAt(s, extremesOut(s, base), ago);
}

/** The lowest low of the window ending `ago` bars back. */
export function lowestAt(s: Float64Array, base: number, ago: number): number {
  const out = extremesOut(s, base);
  return ringAt(s, out + 2 + s[out], ago);
}
