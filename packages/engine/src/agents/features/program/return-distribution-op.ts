import type { FeatureProgramBuilder } from './feature-program-builder.js';
import type { ProgramNode } from './program-node.js';
import { ringAt } from './program-state.js';
import { positiveClosesNode, positiveCount, positiveRing } from './series-op.js';

// Return-distribution block (no work per bar): [horizon, window, positive-close block offset,
//   returns replayed, wins, losses, win sum, loss sum].
//
// HoldingReturnDistribution's running sums, operation for operation, brought up to date when read.
// Return q is close q + horizon / close q - 1 over the positive closes (the shared ring), recomputed
// bit for bit when needed. The class rebuilds its sums from its window after every `window`-th
// return; at such a return its ring slots hold the window in time order, so its state there is the
// plain sum of the last `window` returns, oldest first. A read replays the returns since the last
// read, or restarts at the latest rebuild after a long gap: at most 2 x window returns are touched.

/** Win/loss sums of the overlapping `horizon`-bar returns over `window` bars with a positive close. */
export function returnDistributionNode(builder: FeatureProgramBuilder, horizon: number, window: number): ProgramNode {
  const closes = positiveClosesNode(builder, 2 * window + horizon);
  return builder.node(`return-distribution:${horizon}:${window}`, 1, () => ({
    kind: null,
    size: () => 8,
    init(template, base) {
      template[base] = horizon;
      template[base + 1] = window;
      template[base + 2] = closes.base;
    },
  }));
}

// The helpers take offsets only and compute the return themselves: a number passed to or returned
// from a call V8 does not inline is boxed on the heap.

/** Return q (0-based over the returns), from the positive closes; `latest` is the newest return. */
function returnAt(s: Float64Array, ring: number, horizon: number, latest: number, q: number): number {
  const ago = latest - q;
  return ringAt(s, ring, ago) / ringAt(s, ring, ago + horizon) - 1;
}

/** Counts return q. */
function add(s: Float64Array, base: number, ring: number, latest: number, q: number): void {
  const r = returnAt(s, ring, s[base], latest, q);
  if (r > 0) {
    s[base + 4] += 1;
    s[base + 6] += r;
  } else if (r < 0) {
    s[base + 5] += 1;
    s[base + 7] -= r;
  }
}

/** Uncounts return q. */
function remove(s: Float64Array, base: number, ring: number, latest: number, q: number): void {
  const r = returnAt(s, ring, s[base], latest, q);
  if (r > 0) {
    s[base + 4] -= 1;
    s[base + 6] -= r;
  } else if (r < 0) {
    s[base + 5] -= 1;
    s[base + 7] += r;
  }
}

/** Zeroes the sums and counts returns `from` .. `to` - 1 in order (HoldingReturnDistribution's rebuild at a boundary). */
function sumReturns(s: Float64Array, base: number, ring: number, latest: number, from: number, to: number): void {
  s[base + 4] = 0;
  s[base + 5] = 0;
  s[base + 6] = 0;
  s[base + 7] = 0;
  for (let q = from; q < to; q++) add(s, base, ring, latest, q);
}

/** Number of returns so far (one per positive close from the (horizon + 1)-th on). */
function returnsSeen(s: Float64Array, base: number): number {
  const seen = positiveCount(s, s[base + 2]) - s[base];
  return seen > 0 ? seen : 0;
}

/** Replays the class's updates over the returns since the last read. */
function catchUp(s: Float64Array, base: number): void {
  const seen = returnsSeen(s, base);
  let done = s[base + 3];
  if (done === seen) return;
  const horizon = s[base];
  const window = s[base + 1];
  const ring = positiveRing(s[base + 2]);
  const latest = seen - 1;
  // Replaying from `done` reads back to return done - window (its first close `horizon` earlier).
  // Past the ring (which holds 2 x window + horizon closes, so then seen > window): restart at the
  // latest rebuild.
  if (seen - done + window + horizon > s[ring]) {
    done = Math.floor(seen / window) * window;
    sumReturns(s, base, ring, latest, done - window, done);
  }
  for (let u = done + 1; u <= seen; u++) {
    const q = u - 1;
    if (q >= window) remove(s, base, ring, latest, q - window);
    add(s, base, ring, latest, q);
    // After every `window`-th return the class re-sums its window, which is then in time order.
    if (u % window === 0) sumReturns(s, base, ring, latest, u - window, u);
  }
  s[base + 3] = seen;
}

/** Whether `window` returns have been seen, i.e. the distribution has a value. */
export function returnDistributionReady(s: Float64Array, base: number): boolean {
  return returnsSeen(s, base) >= s[base + 1];
}

/** The distribution's running sums, up to date: field 0 wins, 1 losses, 2 win sum, 3 loss sum. */
export function returnDistributionField(s: Float64Array, base: number, field: number): number {
  catchUp(s, base);
  return s[base + 4 + field];
}
