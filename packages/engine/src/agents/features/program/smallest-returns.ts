import { ringAt } from './program-state.js';

/** Largest tail kept in the insertion buffer; longer tails sort a copy of the window. */
const SMALL_TAIL = 64;
const smallest = new Float64Array(SMALL_TAIL);

/**
 * The `tailCount` smallest of the last `window` one-bar returns between positive closes
 * (HistoricalValueAtRisk's returns, close / previous close - 1, recomputed from the shared ring of
 * positive closes at offset `ring`, which must hold window + 1 closes), ascending from index 0 of
 * the array returned: a shared scratch buffer, to read before the next call. Selecting when read
 * costs nothing on the bars nobody reads.
 */
export function smallestReturns(s: Float64Array, ring: number, window: number, tailCount: number): Float64Array {
  if (tailCount > SMALL_TAIL) {
    const all = new Float64Array(window);
    for (let i = 0; i < window; i++) all[i] = ringAt(s, ring, i) / ringAt(s, ring, i + 1) - 1;
    return all.sort();
  }
  let held = 0;
  let later = ringAt(s, ring, 0);
  for (let i = 0; i < window; i++) {
    const earlier = ringAt(s, ring, i + 1);
    const value = later / earlier - 1;
    later = earlier;
    if (held === tailCount && !(value < smallest[tailCount - 1])) continue;
    let j = held < tailCount ? held++ : tailCount - 1;
    while (j > 0 && smallest[j - 1] > value) {
      smallest[j] = smallest[j - 1];
      j--;
    }
    smallest[j] = value;
  }
  return smallest;
}
