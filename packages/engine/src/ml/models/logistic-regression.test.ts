import { describe, expect, it } from 'vitest';
import { fitCalibration } from './fit-calibration.js';
import { fitLogisticRegression, LogisticRegression } from './logistic-regression.js';
import { sigmoid } from './logistic-function.js';
import { hitRate, rowRange, syntheticRows } from './models.test-support.js';

// True model: log-odds 1.5 x0 - 1 x1 + 0.3, the third feature is noise.
const truth = (x: Float64Array): number => sigmoid(1.5 * x[0] - x[1] + 0.3);
const data = syntheticRows(6000, 3, truth, 11);
const train = rowRange(data, 0, 4000);
const test = rowRange(data, 4000, 6000);

describe('fitLogisticRegression', () => {
  it('recovers the true weights (in standardised units) and predicts out of sample as well as the true model', () => {
    const model = fitLogisticRegression(train, { l2: 0 });
    const { weights, scales, bias, means } = model.parameters;
    expect(weights[0] / scales[0]).toBeCloseTo(1.5, 0);
    expect(weights[1] / scales[1]).toBeCloseTo(-1, 0);
    expect(Math.abs(weights[2])).toBeLessThan(0.1);
    expect(bias - weights.reduce((sum, w, j) => sum + (w * means[j]) / scales[j], 0)).toBeCloseTo(0.3, 0);
    const modelRate = hitRate(test, (x) => model.probabilityUp(x));
    expect(modelRate).toBeGreaterThan(hitRate(test, truth) - 0.02);
    expect(modelRate).toBeGreaterThan(0.7);
  });

  it('shrinks the weights toward zero as the L2 penalty grows', () => {
    const loose = fitLogisticRegression(train, { l2: 0 });
    const tight = fitLogisticRegression(train, { l2: 5000 });
    expect(Math.abs(tight.parameters.weights[0])).toBeLessThan(Math.abs(loose.parameters.weights[0]) / 2);
  });

  it('is deterministic and survives an artifact round trip with identical probabilities', () => {
    const model = fitLogisticRegression(train);
    const calibrated = model.withCalibration(fitCalibration('platt', Array.from(test.rows, (r) => model.margin(test.values.subarray(r * 3, r * 3 + 3))), Array.from(test.rows, (r) => test.labels[r])));
    const again = fitLogisticRegression(train);
    expect(again.parameters).toEqual(model.parameters);
    const copy = LogisticRegression.fromArtifact(JSON.parse(JSON.stringify(calibrated.toArtifact())));
    const x = Float64Array.of(0.2, -1.3, 0.7);
    expect(copy.probabilityUp(x)).toBe(calibrated.probabilityUp(x));
  });

  it('refuses a vector of the wrong length and a broken artifact, naming the problem', () => {
    const model = fitLogisticRegression(train);
    expect(() => model.probabilityUp(Float64Array.of(1, 2))).toThrow('expects 3 features, got 2');
    const artifact = { ...model.toArtifact(), weights: [1, 2] };
    expect(() => LogisticRegression.fromArtifact(artifact)).toThrow('means, scales and weights must have the same length');
    expect(() => LogisticRegression.fromArtifact({ ...model.toArtifact(), bias: 'x' })).toThrow('bias');
  });

  it('refuses to train on fewer than two labelled rows', () => {
    expect(() => fitLogisticRegression(rowRange(data, 0, 1))).toThrow('needs at least 2 labelled rows');
  });
});
