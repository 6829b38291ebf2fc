import type { BarView } from './historical-bars-answer.js';

/**
 * `bars` (oldest first) with `incoming` folded in: a bar of a time already present replaces it (the forming bar
 * updates, then closes), a newer one is appended, an older one is put in its place. The input is not changed.
 */
export function mergeBars(bars: readonly BarView[], incoming: readonly BarView[]): BarView[] {
  const merged = [...bars];
  for (const bar of incoming) {
    const time = Date.parse(bar.time);
    const last = merged.at(-1);
    if (last === undefined || time > Date.parse(last.time)) {
      merged.push(bar);
      continue;
    }
    const index = merged.findIndex((existing) => Date.parse(existing.time) >= time);
    if (Date.parse(merged[index].time) === time) merged[index] = bar;
    else merged.splice(index, 0, bar);
  }
  return merged;
}
