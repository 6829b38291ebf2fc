import { ringAt } from './program-state.js';
import { sortedInsert, sortedRemove } from './sorted-block.js';

// A sorted copy of the last `window` values of a ring, kept in the program state and brought up to
// date when read (a bar costs nothing). Each value that arrived since the last read costs two binary
// searches and two block moves; after a gap longer than the slack the copy is dropped, and sorted again
// only when reads become regular again (two within the slack: a live symbol read every bar, a learning
// replay every few bars), so a one-off read (a cold symbol's first signal) never pays for a sort.
//
// Mirror block: [window, values mirrored (-1: no copy), values at the last read, sorted × window].
// The source ring must hold window + MIRROR_SLACK values, so the values leaving can still be read.

/** Values the copy may fall behind and still catch up one by one. */
export const MIRROR_SLACK = 16;
const SORTED = 3;

/** Doubles a mirror of `window` values takes. */
export function sortedMirrorSize(window: number): number {
  return SORTED + window;
}

/** Writes an empty mirror at `at`. */
export function initSortedMirror(template: Float64Array, at: number, window: number): void {
  template[at] = window;
  template[at + 1] = -1;
  template[at + 2] = -Infinity;
}

/**
 * Brings the mirror at `at` up to the `seen` values pushed so far into the ring at `ring` (at least
 * `window` of them). Returns the offset of the sorted run of the last `window` values, or -1 when no
 * copy is kept for this read: the caller then scans the ring itself.
 */
export function syncSortedMirror(s: Float64Array, at: number, ring: number, seen: number): number {
  const window = s[at];
  const sorted = at + SORTED;
  const lastRead = s[at + 2];
  s[at + 2] = seen;
  let mirrored = s[at + 1];
  if (mirrored < 0 || seen - mirrored > MIRROR_SLACK) {
    if (seen - lastRead > MIRROR_SLACK) {
      s[at + 1] = -1;
      return -1;
    }
    for (let i = 0; i < window; i++) s[sorted + i] = ringAt(s, ring, i);
    s.subarray(sorted, sorted + window).sort();
    s[at + 1] = seen;
    return sorted;
  }
  // Value v (0-based) is `seen - 1 - v` back in the ring; adding v retires v - window.
  for (; mirrored < seen; mirrored++) {
    sortedRemove(s, sorted, window, ringAt(s, ring, seen - 1 - (mirrored - window)));
    sortedInsert(s, sorted, window - 1, ringAt(s, ring, seen - 1 - mirrored));
  }
  s[at + 1] = seen;
  return sorted;
}
