import type { ChartPoint } from './chart-point.js';

/**
 * Timed values as a line series: oldest first, one point per second (the last one wins) and without missing
 * values, because lightweight-charts refuses unordered or repeated times.
 */
export function chartPointsOf(values: readonly { readonly time: string; readonly value: number | null | undefined }[]): ChartPoint[] {
  const byTime = new Map<number, number>();
  for (const { time, value } of values) {
    const seconds = Math.floor(Date.parse(time) / 1000);
    if (value === null || value === undefined || !Number.isFinite(value) || !Number.isFinite(seconds)) continue;
    byTime.set(seconds, value);
  }
  return [...byTime.entries()].sort(([a], [b]) => a - b).map(([time, value]) => ({ time, value }));
}
