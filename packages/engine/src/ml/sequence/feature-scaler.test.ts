import { describe, expect, it } from 'vitest';
import { FeatureScaler } from './feature-scaler.js';

describe('FeatureScaler', () => {
  it('fits the mean and population standard deviation of each feature', () => {
    const scaler = FeatureScaler.fit([Float64Array.of(1, 10), Float64Array.of(3, 10), Float64Array.of(5, 10)], 2);
    expect(Array.from(scaler.mean)).toEqual([3, 10]);
    expect(scaler.standardDeviation[0]).toBeCloseTo(Math.sqrt(8 / 3), 12);
    const target = new Float64Array(4);
    scaler.transformInto(Float64Array.of(5, 10), target, 2);
    expect(target[2]).toBeCloseTo(2 / Math.sqrt(8 / 3), 12);
  });

  it('maps a constant feature to zero instead of dividing by zero', () => {
    const scaler = FeatureScaler.fit([Float64Array.of(7), Float64Array.of(7)], 1);
    expect(scaler.standardDeviation[0]).toBe(1);
    const target = new Float64Array(1);
    scaler.transformInto(Float64Array.of(7), target, 0);
    expect(target[0]).toBe(0);
  });

  it('stays precise for a feature far from zero', () => {
    const scaler = FeatureScaler.fit([Float64Array.of(1e9 + 1), Float64Array.of(1e9 - 1)], 1);
    expect(scaler.standardDeviation[0]).toBeCloseTo(1, 9);
  });

  it('refuses stored values it cannot divide by', () => {
    expect(() => FeatureScaler.fromValues([0, 0], [1, 0])).toThrow('scaler standard deviation 1 must be > 0, got 0');
    expect(() => FeatureScaler.fromValues([0], [1, 1])).toThrow('scaler has 1 means and 2 standard deviations');
    expect(() => FeatureScaler.fit([], 3)).toThrow('cannot fit a feature scaler on no vectors');
  });
});
