import { deviationOf } from '../../../indicators/volatility/deviation-of.js';
import { SQUARES, windowSumAt, windowSumOfSquaresAt, windowSumsNode } from './average-ops.js';
import type { FeatureProgramBuilder } from './feature-program-builder.js';
import type { ProgramNode } from './program-node.js';
import { copyRecent, COUNT, initRing, ringAt, ringPush, ringSize } from './program-state.js';

// Bandwidth-rank block (no work per bar): [period, deviations, rank period, window-sums block
//   offset, bandwidths computed, memo size, memo (ordinal, rank) × memo size, ring of bandwidths].
const RANK_MEMO = 6;

/** Scratch for one read: a window of bandwidths in time order. */
let recent = new Float64Array(256);

/**
 * Bollinger BandWidth ranked over `rankPeriod` bars, brought up to date when read: the shared
 * BBANDS window sums keep enough bars to compute any missing bandwidth (BollingerBandwidthRank's
 * arithmetic), computed bandwidths are kept, and each bar's rank is remembered once computed. A
 * bar costs nothing here; a read costs the bandwidths new since the last read and O(rankPeriod) per
 * rank not yet known.
 */
export function bandwidthRankNode(builder: FeatureProgramBuilder, period: number, deviations: number, rankPeriod: number, history: number): ProgramNode {
  const length = rankPeriod + history - 1;
  const sums = windowSumsNode(builder, 'close', period, length, SQUARES);
  return builder.node(`bandwidth-rank:${period}:${deviations}:${rankPeriod}`, history, () => ({
    kind: null,
    size: (h) => RANK_MEMO + 2 * h + ringSize(rankPeriod + h - 1),
    init(template, base, h) {
      template[base] = period;
      template[base + 1] = deviations;
      template[base + 2] = rankPeriod;
      template[base + 3] = sums.base;
      template[base + 5] = h;
      template.fill(-1, base + RANK_MEMO, base + RANK_MEMO + 2 * h);
      initRing(template, base + RANK_MEMO + 2 * h, rankPeriod + h - 1);
    },
  }));
}

function bandwidthRing(s: Float64Array, base: number): number {
  return base + RANK_MEMO + 2 * s[base + 5];
}

/** Bandwidths that exist so far (one per bar once the bands are warm). */
export function bandwidthCount(s: Float64Array, base: number): number {
  const count = s[COUNT] - s[base] + 1;
  return count > 0 ? count : 0;
}

/** Computes the bandwidths of the bars since the last read (at most a ring's worth). */
function catchUp(s: Float64Array, base: number): void {
  const count = bandwidthCount(s, base);
  const ring = bandwidthRing(s, base);
  let done = s[base + 4];
  if (done === count) return;
  if (count - done > s[ring]) done = count - s[ring];
  const period = s[base];
  const deviations = s[base + 1];
  const sums = s[base + 3];
  for (; done < count; done++) {
    const ago = count - 1 - done;
    const middle = windowSumAt(s, sums, ago) / period;
    const width = deviationOf(windowSumOfSquaresAt(s, sums, ago) / period - middle * middle) * deviations;
    const upper = middle + width;
    const lower = middle - width;
    // A zero middle band only happens for a zero price; call the width 0 rather than divide by it.
    ringPush(s, ring, middle === 0 ? 0 : (upper - lower) / middle);
  }
  s[base + 4] = count;
}

/** The bandwidth `ago` bars back (there must be one). */
export function bandwidthAt(s: Float64Array, base: number, ago: number): number {
  catchUp(s, base);
  return ringAt(s, bandwidthRing(s, base), ago);
}

/** Percent of the `rankPeriod` bandwidths ending `ago` bars back at or below the one there (0..100). */
export function bandwidthRankAt(s: Float64Array, base: number, ago: number): number {
  catchUp(s, base);
  const ordinal = bandwidthCount(s, base) - 1 - ago;
  const memo = base + RANK_MEMO + 2 * (ordinal % s[base + 5]);
  if (s[memo] === ordinal) return s[memo + 1];
  const rankPeriod = s[base + 2];
  // The window ending `ago` back, oldest first: the oldest `rankPeriod` of the newest `ago + rankPeriod`.
  const length = ago + rankPeriod;
  if (recent.length < length) recent = new Float64Array(length);
  copyRecent(s, bandwidthRing(s, base), length, recent);
  const value = recent[rankPeriod - 1];
  let atOrBelow = 0;
  for (let i = 0; i < rankPeriod; i++) if (recent[i] <= value) atOrBelow++;
  const rank = (100 * atOrBelow) / rankPeriod;
  s[memo] = ordinal;
  s[memo + 1] = rank;
  return rank;
}
