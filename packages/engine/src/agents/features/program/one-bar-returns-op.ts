import type { FeatureProgramBuilder } from './feature-program-builder.js';
import type { ProgramNode } from './program-node.js';
import { initRing, ringAt, ringPush, ringSize } from './program-state.js';
import { positiveClosesNode, positiveCount, positiveRing } from './series-op.js';
import { initSortedMirror, MIRROR_SLACK, sortedMirrorSize, syncSortedMirror } from './sorted-mirror.js';

// One-bar-returns block (no work per bar): [window, positive-close block offset, returns computed,
//   ring of returns × (window + slack), sorted mirror of the last `window` returns].
const RETURNS_RING = 3;

/**
 * The one-bar simple returns between consecutive positive closes (HistoricalValueAtRisk's scenarios:
 * close / previous close - 1), the last `window` of them, computed when read from the shared ring of
 * positive closes, with a sorted copy for order statistics.
 */
export function oneBarReturnsNode(builder: FeatureProgramBuilder, window: number): ProgramNode {
  const capacity = window + MIRROR_SLACK;
  const closes = positiveClosesNode(builder, capacity + 1);
  return builder.node(`one-bar-returns:${window}`, 1, () => ({
    kind: null,
    size: () => RETURNS_RING + ringSize(capacity) + sortedMirrorSize(window),
    init(template, base) {
      template[base] = window;
      template[base + 1] = closes.base;
      initRing(template, base + RETURNS_RING, capacity);
      initSortedMirror(template, base + RETURNS_RING + ringSize(capacity), window);
    },
  }));
}

/** Returns so far: one per positive close after the first. */
export function oneBarReturnsSeen(s: Float64Array, base: number): number {
  const closes = positiveCount(s, s[base + 1]);
  return closes > 0 ? closes - 1 : 0;
}

/** Pushes the returns that arrived since the last read into the ring (the last `capacity` after a long gap). */
function catchUp(s: Float64Array, base: number, seen: number): void {
  const ring = base + RETURNS_RING;
  const closes = positiveRing(s[base + 1]);
  let from = s[base + 2];
  if (seen - from > s[ring]) from = seen - s[ring];
  // Return q (0-based) is close q + 1 over close q; close c is `seen - c` back in the ring.
  for (let q = from; q < seen; q++) ringPush(s, ring, ringAt(s, closes, seen - q - 1) / ringAt(s, closes, seen - q) - 1);
  s[base + 2] = seen;
}

/**
 * Offset of the last `window` returns in ascending order, or -1 when no sorted copy is kept for this
 * read (see sorted-mirror.ts); then `recentReturn(s, base, i)` gives them newest first. At least
 * `window` returns must have been seen.
 */
export function sortedReturns(s: Float64Array, base: number): number {
  const seen = oneBarReturnsSeen(s, base);
  catchUp(s, base, seen);
  const ring = base + RETURNS_RING;
  return syncSortedMirror(s, ring + 2 + s[ring], ring, seen);
}

/** Offset of the ring of returns (up to date after `sortedReturns`), for scans. */
export function returnsRing(base: number): number {
  return base + RETURNS_RING;
}
