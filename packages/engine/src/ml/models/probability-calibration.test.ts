import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../random/seeded-random.js';
import { calibrationFromArtifact, fitCalibration } from './fit-calibration.js';
import { fitIsotonicCalibration } from './isotonic-calibration.js';
import { sigmoid } from './logistic-function.js';
import { fitPlattCalibration } from './platt-calibration.js';

// Margins that are three times too confident: the true probability is sigmoid(margin / 3 + 0.2).
function overconfident(count: number): { margins: number[]; labels: number[] } {
  const random = createSeededRandom(9);
  const margins: number[] = [];
  const labels: number[] = [];
  for (let i = 0; i < count; i++) {
    const margin = 3 * random.normal();
    margins.push(margin);
    labels.push(random.next() < sigmoid(margin / 3 + 0.2) ? 1 : 0);
  }
  return { margins, labels };
}

describe('probability calibration', () => {
  const { margins, labels } = overconfident(20000);

  it('platt scaling recovers the slope and intercept of an overconfident score', () => {
    const platt = fitPlattCalibration(margins, labels);
    expect(platt.slope).toBeCloseTo(1 / 3, 1);
    expect(platt.intercept).toBeCloseTo(0.2, 1);
  });

  it('isotonic calibration is non-decreasing and close to the true probability', () => {
    const isotonic = fitIsotonicCalibration(margins, labels);
    for (let i = 1; i < isotonic.probabilities.length; i++) expect(isotonic.probabilities[i]).toBeGreaterThanOrEqual(isotonic.probabilities[i - 1]);
    for (const margin of [-4, -1, 0, 1, 4]) expect(Math.abs(isotonic.apply(margin) - sigmoid(margin / 3 + 0.2))).toBeLessThan(0.06);
    expect(isotonic.apply(-1000)).toBeGreaterThan(0);
    expect(isotonic.apply(1000)).toBeLessThan(1);
  });

  it('round-trips every method through its artifact', () => {
    for (const method of ['platt', 'isotonic', 'none'] as const) {
      const calibration = fitCalibration(method, margins, labels);
      const copy = calibrationFromArtifact(JSON.parse(JSON.stringify(calibration.toArtifact())));
      expect(copy.method).toBe(method);
      expect(copy.apply(0.7)).toBe(calibration.apply(0.7));
    }
  });

  it('refuses an empty held-out slice', () => {
    expect(() => fitPlattCalibration([], [])).toThrow('at least one held-out row');
  });
});
