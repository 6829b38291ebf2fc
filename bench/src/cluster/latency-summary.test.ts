import { describe, expect, it } from 'vitest';
import { percentile } from '../measure.js';
import { latencySummary, percentileOfSorted, sortedValues } from './latency-summary.js';

describe('latencySummary', () => {
  it('joins the parts and gives nearest-rank percentiles of all of them', () => {
    const first = Float64Array.from({ length: 60 }, (_, i) => 100 - i);
    const second = Float64Array.from({ length: 40 }, (_, i) => i + 0.5);
    const all = [...first, ...second];
    expect(latencySummary([first, second])).toEqual({
      count: 100,
      p50Ms: percentile(all, 50),
      p95Ms: percentile(all, 95),
      p99Ms: percentile(all, 99),
      maxMs: 100,
    });
    expect(percentile(all, 50)).toBe(50);
  });

  it('sorts numerically, not as text', () => {
    expect([...sortedValues([Float64Array.of(10, 9, 100, 2.5)])]).toEqual([2.5, 9, 10, 100]);
  });

  it('has no percentile of nothing', () => {
    expect(percentileOfSorted(new Float64Array(0), 99)).toBeNaN();
    expect(latencySummary([]).count).toBe(0);
  });
});
