import type { FeatureProgramBuilder } from './feature-program-builder.js';
import type { ProgramNode } from './program-node.js';
import { ringAt } from './program-state.js';
import { positiveClosesNode, positiveCount, positiveRing } from './series-op.js';
import { latestHighest } from './window-scan.js';

// Close-peak block (no work per bar): [window, positive-close block offset, closes seen at the last
//   read, peak, its close index].

/**
 * The highest of the last `window` positive closes and its index, ties to the latest
 * (RollingMaximum's rule), brought up to date when read: the closes since the last read can only
 * replace the peak, and only a peak that has left the window needs a scan. Reads on consecutive
 * bars cost O(1); a one-off read scans the window once.
 */
export function closePeakNode(builder: FeatureProgramBuilder, window: number): ProgramNode {
  const closes = positiveClosesNode(builder, window);
  return builder.node(`close-peak:${window}`, 1, () => ({
    kind: null,
    size: () => 5,
    init(template, base) {
      template[base] = window;
      template[base + 1] = closes.base;
      template[base + 2] = 0;
      template[base + 3] = NaN;
      template[base + 4] = -Infinity;
    },
  }));
}

/** Positive closes seen so far. */
export function closesSeen(s: Float64Array, base: number): number {
  return positiveCount(s, s[base + 1]);
}

/** Brings the peak up to the latest close (at least one must have been seen); returns its age in closes. */
export function closePeakAge(s: Float64Array, base: number): number {
  const window = s[base];
  const ring = positiveRing(s[base + 1]);
  const seen = closesSeen(s, base);
  const latest = seen - 1;
  const synced = s[base + 2];
  // After a gap longer than the window the closes in between are gone from the ring: scan.
  let scan = seen - synced > window;
  if (!scan) {
    // Close c (0-based) is `latest - c` back in the ring.
    for (let c = synced; c < seen; c++) {
      const close = ringAt(s, ring, latest - c);
      if (close >= s[base + 3]) {
        s[base + 3] = close;
        s[base + 4] = c;
      }
    }
    scan = latest - s[base + 4] >= window;
  }
  if (scan) {
    const length = seen < window ? seen : window;
    const age = latestHighest(s, ring, 0, length);
    s[base + 3] = ringAt(s, ring, age);
    s[base + 4] = latest - age;
  }
  s[base + 2] = seen;
  return latest - s[base + 4];
}

/** The peak close, after `closePeakAge`. */
export function closePeak(s: Float64Array, base: number): number {
  return s[base + 3];
}

/** The latest positive close. */
export function latestPositiveClose(s: Float64Array, base: number): number {
  return ringAt(s, positiveRing(s[base + 1]), 0);
}
