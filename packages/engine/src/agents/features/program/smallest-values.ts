import { copyRecent } from './program-state.js';

/** Largest tail kept in the insertion buffer; longer tails sort a copy of the window. */
const SMALL_TAIL = 64;
const smallest = new Float64Array(SMALL_TAIL);
let recent = new Float64Array(256);

/**
 * The `tailCount` smallest of the newest `window` values of the ring at `ring`, ascending from index 0
 * of the array returned: a shared scratch buffer, to read before the next call.
 */
export function smallestValues(s: Float64Array, ring: number, window: number, tailCount: number): Float64Array {
  if (recent.length < window) recent = new Float64Array(window);
  copyRecent(s, ring, window, recent);
  if (tailCount > SMALL_TAIL) return recent.slice(0, window).sort();
  // Insertion into a short sorted buffer; the order of the visit does not matter, equal values being equal numbers.
  let held = 0;
  for (let i = 0; i < window; i++) {
    const value = recent[i];
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
