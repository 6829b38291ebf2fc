import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../random/seeded-random.js';
import { sigmoid } from '../models/logistic-function.js';
import { fitStacker, stackedProbability } from './stacked-ensemble.js';

// Three bases: a good one, a noisy copy of it, and one that is anti-informative.
function bases(rows: number): { probabilities: Float64Array[]; labels: Int8Array; all: Int32Array } {
  const random = createSeededRandom(21);
  const probabilities = [new Float64Array(rows), new Float64Array(rows), new Float64Array(rows)];
  const labels = new Int8Array(rows);
  for (let r = 0; r < rows; r++) {
    const signal = random.normal();
    labels[r] = random.next() < sigmoid(signal) ? 1 : 0;
    probabilities[0][r] = sigmoid(0.8 * signal);
    probabilities[1][r] = sigmoid(0.8 * signal + 0.5 * random.normal());
    probabilities[2][r] = sigmoid(-0.3 * signal + random.normal());
  }
  return { probabilities, labels, all: Int32Array.from({ length: rows }, (_, i) => i) };
}

describe('fitStacker', () => {
  it('keeps every weight non-negative, dropping an anti-informative base, and trusts the best base most', () => {
    const { probabilities, labels, all } = bases(5000);
    const stacker = fitStacker(probabilities, labels, all);
    const [good, noisy, anti] = stacker.parameters.weights;
    expect(anti).toBe(0);
    expect(noisy).toBeGreaterThanOrEqual(0);
    expect(good).toBeGreaterThan(noisy);
    expect(stackedProbability(stacker, probabilities, 0)).toBeGreaterThan(0);
  });

  it('falls back to the base rate when no base is informative', () => {
    const { probabilities, labels, all } = bases(3000);
    const anti = [probabilities[2]];
    const stacker = fitStacker(anti, labels, all);
    const share = labels.reduce((sum, y) => sum + y, 0) / labels.length;
    expect(stacker.parameters.weights).toEqual([0]);
    expect(stacker.probabilityUp(Float64Array.of(2))).toBeCloseTo(share, 12);
  });
});
