import type { FeatureProgramBuilder } from './feature-program-builder.js';
import { OpKind } from './op-kind.js';
import type { ProgramNode } from './program-node.js';
import { COUNT, HIGH, initRing, LOW, ringAt, ringPush, ringSize } from './program-state.js';
import { seriesNode, seriesRing } from './series-op.js';
import { latestHighest, latestLowest } from './window-scan.js';

// The extremes of RollingMaximum/RollingMinimum, inside the program state. One node per window length
// serves every feature that needs that window (STOCH and WILLR share 14; SWING(k) uses 2k + 1).

// Window extremes block: [window, highest, its bar, lowest, its bar, high ring offset, low ring
//   offset, ring of highest, ring of lowest]. The bars themselves are the shared series rings.
const EXTREMES_OUT = 7;

/**
 * Highest high and lowest low of the last `window` bars (of all bars while fewer), with the bar of
 * each, ties to the latest bar (RollingMaximum/RollingMinimum's rule). TA-Lib's way: a new bar
 * that reaches the extreme replaces it, and only when the extreme leaves the window is the window
 * scanned again. That keeps the state at one cache line plus the series rings every bar writes
 * anyway, which matters more than the rare rescan when thousands of symbols take turns.
 */
export function windowExtremesNode(builder: FeatureProgramBuilder, window: number, history: number): ProgramNode {
  const highs = seriesNode(builder, 'high', window);
  const lows = seriesNode(builder, 'low', window);
  return builder.node(`extremes:${window}`, history, () => ({
    kind: OpKind.WindowExtremes,
    size: (h) => EXTREMES_OUT + 2 * ringSize(h),
    init(template, base, h) {
      template[base] = window;
      template[base + 1] = NaN;
      template[base + 2] = -Infinity;
      template[base + 3] = NaN;
      template[base + 4] = -Infinity;
      template[base + 5] = seriesRing(highs);
      template[base + 6] = seriesRing(lows);
      initRing(template, base + EXTREMES_OUT, h);
      initRing(template, base + EXTREMES_OUT + ringSize(h), h);
    },
  }));
}

export function windowExtremesStep(s: Float64Array, base: number): void {
  const window = s[base];
  const count = s[COUNT];
  const bar = count - 1;
  const length = count < window ? count : window;
  // An expired extreme (or none yet) needs a scan; otherwise only the new bar can replace it.
  if (bar - s[base + 2] >= window) {
    const ring = s[base + 5];
    const ago = latestHighest(s, ring, 0, length);
    s[base + 1] = ringAt(s, ring, ago);
    s[base + 2] = bar - ago;
  } else if (s[HIGH] >= s[base + 1]) {
    s[base + 1] = s[HIGH];
    s[base + 2] = bar;
  }
  if (bar - s[base + 4] >= window) {
    const ring = s[base + 6];
    const ago = latestLowest(s, ring, 0, length);
    s[base + 3] = ringAt(s, ring, ago);
    s[base + 4] = bar - ago;
  } else if (s[LOW] <= s[base + 3]) {
    s[base + 3] = s[LOW];
    s[base + 4] = bar;
  }
  const out = base + EXTREMES_OUT;
  ringPush(s, out, s[base + 1]);
  ringPush(s, out + 2 + s[out], s[base + 3]);
}

/** Offset of the extremes' output rings. */
function extremesOut(base: number): number {
  return base + EXTREMES_OUT;
}

/** The highest high of the window ending `ago` bars back. */
export function highestAt(s: Float64Array, base: number, ago: number): number {
  return ringAt(s, extremesOut(base), ago);
}

/** The lowest low of the window ending `ago` bars back. */
export function lowestAt(s: Float64Array, base: number, ago: number): number {
  const out = extremesOut(base);
  return ringAt(s, out + 2 + s[out], ago);
}
