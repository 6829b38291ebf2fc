import type { TrainSplit } from './evaluate-plan.js';

/**
 * Index of a symbol's first test bar: ⌊n × fraction⌋, or the first bar on or after the split date.
 * Throws a RangeError when the train or the test part would be empty (the symbol is then reported
 * as not evaluated).
 */
export function splitIndex(time: ArrayLike<number>, split: TrainSplit): number {
  const n = time.length;
  let index = n;
  if (split.kind === 'fraction') index = Math.floor(n * split.fraction);
  else for (let i = 0; i < n; i++) if (time[i] >= split.time) { index = i; break; }
  if (index < 1) throw new RangeError('no train bars before the split');
  if (index > n - 2) throw new RangeError('fewer than 2 test bars after the split');
  return index;
}
