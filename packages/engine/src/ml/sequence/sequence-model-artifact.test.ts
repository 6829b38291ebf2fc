import { describe, expect, it } from 'vitest';
import { sequenceModelFromArtifact } from './sequence-model-artifact.js';
import { randomSequenceModel, randomVectors } from './sequence-model.test-support.js';

describe('sequenceModelFromArtifact', () => {
  const model = randomSequenceModel({ lookback: 5, featureCount: 4, hiddenUnits: 6, seed: 12 });

  it('round-trips through JSON text to identical probabilities', () => {
    const restored = sequenceModelFromArtifact(JSON.parse(JSON.stringify(model.toArtifact())));
    expect(restored.kind).toBe('lstm');
    expect(restored.toArtifact()).toEqual(model.toArtifact());
    const bars = randomVectors(40, 4, 13);
    for (let bar = 4; bar < 40; bar += 1) {
      expect(restored.probabilityUp(bars[bar], bars.slice(0, bar))).toBe(model.probabilityUp(bars[bar], bars.slice(0, bar)));
    }
  });

  it('stores plain numbers only, so the artifact is JSON as it is', () => {
    const artifact = model.toArtifact();
    expect(Array.isArray(artifact.weights.kernel)).toBe(true);
    expect(artifact.weights.kernel).toHaveLength(4 * 4 * 6);
    expect(artifact).toMatchObject({ kind: 'lstm', formatVersion: 1, lookback: 5, featureCount: 4, hiddenUnits: 6 });
  });

  it('names the field that is wrong', () => {
    const artifact = model.toArtifact();
    expect(() => sequenceModelFromArtifact({ ...artifact, kind: 'logistic-regression' })).toThrow(/invalid lstm model artifact: kind/);
    expect(() => sequenceModelFromArtifact({ ...artifact, calibration: { slope: 1 } })).toThrow(
      /invalid lstm model artifact: calibration\.intercept/,
    );
    expect(() => sequenceModelFromArtifact({ ...artifact, weights: { ...artifact.weights, bias: [1, 2] } })).toThrow(
      'invalid lstm model artifact: bias has 2 values; 4 inputs and 6 units need 24',
    );
    expect(() => sequenceModelFromArtifact({ ...artifact, scaler: { mean: [0], standardDeviation: [1] } })).toThrow(
      'invalid lstm model artifact: scaler has 1 means for 4 features',
    );
    expect(() => sequenceModelFromArtifact(null)).toThrow(/invalid lstm model artifact: \(artifact\)/);
  });
});
