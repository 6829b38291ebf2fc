import type { TimeRange } from './time-range.js';

/** The parts of `range` that none of `covered` contains, in time order (ranges are half-open). */
export function subtractRanges(range: TimeRange, covered: readonly TimeRange[]): TimeRange[] {
  const gaps: TimeRange[] = [];
  let cursor = range.from;
  for (const piece of [...covered].sort((a, b) => a.from - b.from)) {
    if (piece.to <= cursor) continue;
    if (piece.from >= range.to) break;
    if (piece.from > cursor) gaps.push({ from: cursor, to: piece.from });
    cursor = Math.max(cursor, piece.to);
    if (cursor >= range.to) break;
  }
  if (cursor < range.to) gaps.push({ from: cursor, to: range.to });
  return gaps;
}
