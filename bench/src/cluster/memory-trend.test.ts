import { describe, expect, it } from 'vitest';
import { leastSquaresSlope, memoryTrend } from './memory-trend.js';

const MIB = 2 ** 20;
/** A sample every 10 s for `minutes`, `bytesAt(minute)` each. */
function every10s(minutes: number, bytesAt: (minute: number) => number): { atMs: number; bytes: number }[] {
  return Array.from({ length: minutes * 6 + 1 }, (_, i) => ({ atMs: i * 10_000, bytes: bytesAt(i / 6) }));
}

describe('memoryTrend', () => {
  it('passes memory that only wobbles around a level', () => {
    const trend = memoryTrend(every10s(10, (minute) => 100 * MIB + (Math.round(minute * 6) % 2 === 0 ? 3 : -3) * MIB));
    expect(trend.samples).toBe(61);
    expect(Math.abs(trend.growthPercent)).toBeLessThan(1);
    expect(trend.flat).toBe(true);
  });

  it('fails a steady leak: 2 MiB a minute on 100 MiB is 20 % over 10 minutes', () => {
    const trend = memoryTrend(every10s(10, (minute) => 100 * MIB + 2 * MIB * minute));
    expect(trend.slopeMiBPerMinute).toBeCloseTo(2, 6);
    expect(trend.firstMinuteMeanMiB).toBe(101);
    expect(trend.lastMinuteMeanMiB).toBe(119);
    expect(trend.growthPercent).toBe(17.8);
    expect(trend.fittedGrowthPercent).toBe(19.8);
    expect(trend.flat).toBe(false);
  });

  it('passes memory that shrinks (a cache emptied, a GC that finally ran)', () => {
    expect(memoryTrend(every10s(10, (minute) => 200 * MIB - 5 * MIB * minute)).flat).toBe(true);
  });

  it('compares the same samples on a soak of one minute', () => {
    const trend = memoryTrend(every10s(1, (minute) => 100 * MIB + MIB * minute));
    expect(trend.firstMinuteMeanMiB).toBe(trend.lastMinuteMeanMiB);
    expect(trend.fittedGrowthPercent).toBe(1);
  });
});

describe('leastSquaresSlope', () => {
  it('is the slope of points on a line, and 0 when x never changes', () => {
    expect(leastSquaresSlope([[0, 1], [1, 3], [2, 5]])).toBe(2);
    expect(leastSquaresSlope([[1, 1], [1, 5]])).toBe(0);
  });
});
