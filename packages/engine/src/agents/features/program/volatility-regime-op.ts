import type { FeatureProgramBuilder } from './feature-program-builder.js';
import type { ProgramNode } from './program-node.js';
import { initRing, ringAt, ringPush, ringSize } from './program-state.js';
import { positiveClosesNode, positiveCount, positiveRing } from './series-op.js';
import { sortedInsert, sortedMedian, sortedPercentile, sortedRemove } from './sorted-block.js';

// Volatility-regime block (no work per bar): [period, window, positive-close block offset, returns
//   replayed, slot, returns counted, sum, sum of squares, updates since rebuild, volatilities
//   sorted, returns × period, ring of volatilities (window + slack), sorted volatilities × window].
const REGIME_RETURNS = 10;

/** Values the sorted copy may fall behind and still catch up one by one (beyond: a sort). */
const SLACK = 16;

/**
 * VOLREGIME: ReturnVolatility(period) of the positive closes ranked within its last `window` values,
 * all computed when read. The closes are in the shared positive-close ring; a read replays
 * ReturnVolatility (operation for operation) over the closes that arrived since the last read. After
 * a longer gap it restarts at one of ReturnVolatility's rebuilds (every `period` returns its sums
 * are recomputed from its window, so its state there depends on that window only): at most
 * window + 2 x period returns are replayed. The sorted copy behind the percentile and median is
 * caught up value by value, or sorted again after a long gap. A bar costs nothing here.
 */
export function volatilityRegimeNode(builder: FeatureProgramBuilder, period: number, window: number): ProgramNode {
  const closes = positiveClosesNode(builder, window + 2 * period + 1);
  const ring = window + SLACK;
  return builder.node(`volatility-regime:${period}:${window}`, 1, () => ({
    kind: null,
    size: () => REGIME_RETURNS + period + ringSize(ring) + window,
    init(template, base) {
      template[base] = period;
      template[base + 1] = window;
      template[base + 2] = closes.base;
      template[base + 9] = -Infinity;
      initRing(template, base + REGIME_RETURNS + period, ring);
    },
  }));
}

/** Volatilities produced so far: one per return from the `period`-th on. */
function volatilitiesSeen(s: Float64Array, base: number): number {
  const seen = positiveCount(s, s[base + 2]) - s[base];
  return seen > 0 ? seen : 0;
}

/** Log return of update `u` (1-based; its close is positive close u), with `latest` the newest update. */
function logReturn(s: Float64Array, ring: number, latest: number, u: number): number {
  return Math.log(ringAt(s, ring, latest - u) / ringAt(s, ring, latest - u + 1));
}

/** Puts ReturnVolatility in its state right after its rebuild at update `boundary` (a multiple of the period). */
function restartAt(s: Float64Array, base: number, ring: number, latest: number, boundary: number): void {
  const period = s[base];
  const returns = base + REGIME_RETURNS;
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < period; i++) {
    const r = logReturn(s, ring, latest, boundary - period + 1 + i);
    s[returns + i] = r;
    sum += r;
    squares += r * r;
  }
  s[base + 3] = boundary;
  s[base + 4] = 0;
  s[base + 5] = period;
  s[base + 6] = sum;
  s[base + 7] = squares;
  s[base + 8] = 0;
  // The volatilities before the restart are not reproduced: the sorted copy must be rebuilt.
  s[base + 9] = -Infinity;
}

/** Replays ReturnVolatility over the returns since the last read, pushing each volatility. */
function catchUp(s: Float64Array, base: number): void {
  const closes = s[base + 2];
  const latest = positiveCount(s, closes) - 1;
  if (s[base + 3] >= latest) return;
  const period = s[base];
  const ring = positiveRing(closes);
  // Update u reads positive closes u - 1 and u; the ring reaches back to `latest - capacity + 1`.
  if (s[base + 3] < latest - s[ring] + 1) {
    const boundary = Math.max(period, Math.floor((latest - s[base + 1]) / period) * period);
    restartAt(s, base, ring, latest, boundary);
  }
  const returns = base + REGIME_RETURNS;
  const volatilities = returns + period;
  let slot = s[base + 4];
  let count = s[base + 5];
  let sum = s[base + 6];
  let squares = s[base + 7];
  let sinceRebuild = s[base + 8];
  for (let u = s[base + 3] + 1; u <= latest; u++) {
    const r = logReturn(s, ring, latest, u);
    if (count === period) {
      const old = s[returns + slot];
      sum -= old;
      squares -= old * old;
    } else {
      count++;
    }
    s[returns + slot] = r;
    slot = slot + 1 === period ? 0 : slot + 1;
    sum += r;
    squares += r * r;
    // Rebuilt from the window every `period` updates so drift cannot accumulate (ReturnVolatility's rule).
    if (++sinceRebuild >= period) {
      sum = 0;
      squares = 0;
      for (let i = 0; i < count; i++) {
        const x = s[returns + i];
        sum += x;
        squares += x * x;
      }
      sinceRebuild = 0;
    }
    if (count < period) continue;
    const variance = (squares - (sum * sum) / period) / (period - 1);
    ringPush(s, volatilities, variance > 0 ? Math.sqrt(variance) : 0);
  }
  s[base + 3] = latest;
  s[base + 4] = slot;
  s[base + 5] = count;
  s[base + 6] = sum;
  s[base + 7] = squares;
  s[base + 8] = sinceRebuild;
}

/** Whether the window is full, i.e. the regime has a value. */
export function volatilityRegimeReady(s: Float64Array, base: number): boolean {
  return volatilitiesSeen(s, base) >= s[base + 1];
}

/** The latest volatility. */
export function latestVolatility(s: Float64Array, base: number): number {
  catchUp(s, base);
  return ringAt(s, base + REGIME_RETURNS + s[base], 0);
}

/** Brings the sorted copy up to the latest volatility; returns its offset. */
function syncSorted(s: Float64Array, base: number): number {
  catchUp(s, base);
  const window = s[base + 1];
  const ring = base + REGIME_RETURNS + s[base];
  const sorted = ring + 2 + s[ring];
  const seen = volatilitiesSeen(s, base);
  let synced = s[base + 9];
  if (seen - synced > SLACK) {
    const n = Math.min(seen, window);
    for (let i = 0; i < n; i++) s[sorted + i] = ringAt(s, ring, i);
    s.subarray(sorted, sorted + n).sort();
    s[base + 9] = seen;
    return sorted;
  }
  for (; synced < seen; synced++) {
    const held = Math.min(synced, window);
    if (synced >= window) sortedRemove(s, sorted, held, ringAt(s, ring, seen - 1 - (synced - window)));
    sortedInsert(s, sorted, synced >= window ? held - 1 : held, ringAt(s, ring, seen - 1 - synced));
  }
  s[base + 9] = seen;
  return sorted;
}

/** Mid-rank percentile (0..1) of the latest volatility in the window; the window must be full. */
export function volatilityPercentile(s: Float64Array, base: number): number {
  const sorted = syncSorted(s, base);
  return sortedPercentile(s, sorted, s[base + 1], latestVolatility(s, base));
}

/** Median volatility of the window; the window must be full. */
export function volatilityMedian(s: Float64Array, base: number): number {
  return sortedMedian(s, syncSorted(s, base), s[base + 1]);
}
