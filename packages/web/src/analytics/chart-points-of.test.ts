import { describe, expect, it } from 'vitest';
import { chartPointsOf } from './chart-points-of.js';

describe('chart points', () => {
  it('orders by time, keeps the last value of a repeated second and drops missing values', () => {
    const points = chartPointsOf([
      { time: '2024-01-03T00:00:00Z', value: 3 },
      { time: '2024-01-01T00:00:00Z', value: 1 },
      { time: '2024-01-02T00:00:00Z', value: null },
      { time: '2024-01-03T00:00:00.500Z', value: 4 },
    ]);
    expect(points).toEqual([
      { time: 1_704_067_200, value: 1 },
      { time: 1_704_240_000, value: 4 },
    ]);
  });
});
