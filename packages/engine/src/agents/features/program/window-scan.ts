import { copyRecent } from './program-state.js';

// Extremes over a window of a ring (DONCHIAN, AROON, ICHIMOKU and DRAWDOWN when read, the window
// extremes when their extreme expires). Ties go to the latest value, the rule of
// RollingMaximum/RollingMinimum, so ages match the streaming indicators.

/** `ago` of the latest maximum among the ring values `ago .. ago + length - 1` back (length >= 1). */
export function latestHighest(s: Float64Array, ring: number, ago: number, length: number): number {
  const capacity = s[ring];
  const data = ring + 2;
  let at = ago + length - 1;
  let slot = s[ring + 1] - at;
  if (slot < 0) slot += capacity;
  let best = s[data + slot];
  for (let a = at - 1; a >= ago; a--) {
    slot = slot + 1 === capacity ? 0 : slot + 1;
    const value = s[data + slot];
    if (value >= best) {
      best = value;
      at = a;
    }
  }
  return at;
}

/** `ago` of the latest minimum among the ring values `ago .. ago + length - 1` back (length >= 1). */
export function latestLowest(s: Float64Array, ring: number, ago: number, length: number): number {
  const capacity = s[ring];
  const data = ring + 2;
  let at = ago + length - 1;
  let slot = s[ring + 1] - at;
  if (slot < 0) slot += capacity;
  let best = s[data + slot];
  for (let a = at - 1; a >= ago; a--) {
    slot = slot + 1 === capacity ? 0 : slot + 1;
    const value = s[data + slot];
    if (value <= best) {
      best = value;
      at = a;
    }
  }
  return at;
}

/** Scratch for one read of {@link nestedMidpoints}. */
let recentHighs = new Float64Array(128);
let recentLows = new Float64Array(128);

/**
 * Ichimoku's midpoints, (highest + lowest) / 2, of the windows of lengths `lengths[i]` that all end
 * `ago` back, written to `out[i]`: one pass over the longest window serves the shorter ones, which
 * are its newest part.
 */
export function nestedMidpoints(s: Float64Array, highs: number, lows: number, ago: number, lengths: Int32Array, out: Float64Array): void {
  let longest = 0;
  for (let i = 0; i < lengths.length; i++) if (lengths[i] > longest) longest = lengths[i];
  const length = ago + longest;
  if (recentHighs.length < length) {
    recentHighs = new Float64Array(length);
    recentLows = new Float64Array(length);
  }
  copyRecent(s, highs, length, recentHighs);
  copyRecent(s, lows, length, recentLows);
  // Newest first from index length - 1 - ago: bar `ago + k` back is at length - 1 - ago - k.
  let highest = -Infinity;
  let lowest = Infinity;
  for (let k = 0, at = length - 1 - ago; k < longest; k++, at--) {
    const high = recentHighs[at];
    const low = recentLows[at];
    if (high > highest) highest = high;
    if (low < lowest) lowest = low;
    for (let i = 0; i < lengths.length; i++) if (lengths[i] === k + 1) out[i] = (highest + lowest) / 2;
  }
}
