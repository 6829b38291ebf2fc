import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../random/index.js';
import { calibrate, fitPlattCalibration, sigmoid } from './platt-calibration.js';

describe('fitPlattCalibration', () => {
  it('recovers the slope and intercept that generated the labels', () => {
    const random = createSeededRandom(11);
    const scores = Array.from({ length: 20_000 }, () => 2 * random.normal());
    const labels = scores.map((score) => (random.next() < sigmoid(0.5 * score - 0.3) ? 1 : 0));
    const calibration = fitPlattCalibration(scores, labels);
    expect(calibration.slope).toBeCloseTo(0.5, 1);
    expect(calibration.intercept).toBeCloseTo(-0.3, 1);
  });

  it('keeps probabilities away from 0 and 1 when the labels are all one class', () => {
    const calibration = fitPlattCalibration([-2, -1, 0, 1, 2], [1, 1, 1, 1, 1]);
    for (const score of [-2, 0, 2]) {
      const probability = calibrate(calibration, score);
      expect(probability).toBeGreaterThan(0.5);
      expect(probability).toBeLessThan(0.9);
    }
  });

  it('turns a score that carries no information into the base rate', () => {
    const random = createSeededRandom(5);
    const scores = Array.from({ length: 5000 }, () => random.normal());
    const labels = scores.map(() => (random.next() < 0.3 ? 1 : 0));
    const calibration = fitPlattCalibration(scores, labels);
    expect(Math.abs(calibration.slope)).toBeLessThan(0.1);
    expect(calibrate(calibration, 0)).toBeCloseTo(0.3, 1);
  });

  it('rejects mismatched or empty input', () => {
    expect(() => fitPlattCalibration([1, 2], [1])).toThrow('2 scores but 1 labels');
    expect(() => fitPlattCalibration([], [])).toThrow('no samples');
  });
});
