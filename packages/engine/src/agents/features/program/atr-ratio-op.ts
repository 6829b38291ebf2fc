import type { FeatureProgramBuilder } from './feature-program-builder.js';
import { OpKind } from './op-kind.js';
import type { ProgramNode } from './program-node.js';
import { CLOSE, copyRecent, initRing, ringAt, ringPush, ringSize } from './program-state.js';
import { averageTrueRangeNode, averageTrueRangeRing } from './range-ops.js';
import { sortedPercentile } from './sorted-block.js';
import { initSortedMirror, MIRROR_SLACK, sortedMirrorSize, syncSortedMirror } from './sorted-mirror.js';

// ATR-ratio block: [window, ATR ring offset, ratios seen, current (1/0), ring of ATR / close ×
//   (window + slack), sorted mirror of the last `window` ratios].
const RATIO_RING = 4;

/** Scratch for one read: the ratios in time order. */
let ratios = new Float64Array(256);

/**
 * ATR(atrPeriod) / close of each bar with both, the last `window` kept: the risk module's volatility
 * history. `current` says whether the newest ratio belongs to the current bar.
 */
export function atrRatioNode(builder: FeatureProgramBuilder, atrPeriod: number, window: number): ProgramNode {
  const atr = averageTrueRangeNode(builder, atrPeriod, 1);
  return builder.node(`atr-ratio:${atrPeriod}:${window}`, 1, () => ({
    kind: OpKind.AtrRatio,
    size: () => RATIO_RING + ringSize(window + MIRROR_SLACK) + sortedMirrorSize(window),
    init(template, base) {
      template[base] = window;
      template[base + 1] = averageTrueRangeRing(atr);
      initRing(template, base + RATIO_RING, window + MIRROR_SLACK);
      initSortedMirror(template, base + RATIO_RING + ringSize(window + MIRROR_SLACK), window);
    },
  }));
}

export function atrRatioStep(s: Float64Array, base: number): void {
  const atr = ringAt(s, s[base + 1], 0);
  const close = s[CLOSE];
  const current = !Number.isNaN(atr) && close > 0;
  s[base + 3] = current ? 1 : 0;
  if (!current) return;
  const ratio = atr / close;
  // RollingPercentile ignores a non-finite value (the bar still counts as current).
  if (!Number.isFinite(ratio)) return;
  ringPush(s, base + RATIO_RING, ratio);
  s[base + 2] += 1;
}

/**
 * Mid-rank percentile (0..1) of the newest ratio among those held (RollingPercentile's), or NaN
 * when the newest is not the current bar's or fewer than `minSamples` are held.
 */
export function atrRatioPercentile(s: Float64Array, base: number, minSamples: number): number {
  const window = s[base];
  const n = s[base + 2] < window ? s[base + 2] : window;
  if (s[base + 3] !== 1 || n < minSamples || n === 0) return NaN;
  if (n === 1) return 0.5;
  const ring = base + RATIO_RING;
  if (n === window) {
    // Kept sorted while read every bar; the mirror follows the ring.
    const sorted = syncSortedMirror(s, ring + 2 + s[ring], ring, s[base + 2]);
    if (sorted >= 0) return sortedPercentile(s, sorted, window, ringAt(s, ring, 0));
  }
  if (ratios.length < n) ratios = new Float64Array(window);
  copyRecent(s, ring, n, ratios);
  const x = ratios[n - 1];
  let below = 0;
  let equal = 0;
  for (let i = 0; i < n; i++) {
    const v = ratios[i];
    if (v < x) below++;
    else if (v === x) equal++;
  }
  return (below + (equal - 1) / 2) / (n - 1);
}
