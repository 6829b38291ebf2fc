import { round } from '../measure.js';

/** Percentiles of a set of latencies or response times, ms. */
export interface LatencySummary {
  readonly count: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/** The parts joined and sorted ascending (a typed-array sort: millions of values take a fraction of a second). */
export function sortedValues(parts: readonly Float64Array[]): Float64Array {
  const all = new Float64Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  return all.sort();
}

/** The p-th percentile (0..100) by nearest rank of ascending values, as `measure.ts`'s `percentile`; NaN when empty. */
export function percentileOfSorted(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** p50, p95, p99 and the maximum of every value of the parts, rounded to 0.01 ms. */
export function latencySummary(parts: readonly Float64Array[]): LatencySummary {
  const sorted = sortedValues(parts);
  return {
    count: sorted.length,
    p50Ms: round(percentileOfSorted(sorted, 50)),
    p95Ms: round(percentileOfSorted(sorted, 95)),
    p99Ms: round(percentileOfSorted(sorted, 99)),
    maxMs: round(sorted.length === 0 ? Number.NaN : sorted[sorted.length - 1]),
  };
}
