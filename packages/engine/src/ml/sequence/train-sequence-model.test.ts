import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../random/index.js';
import type { SequenceModel } from './sequence-model.js';
import { sequenceModelFromArtifact } from './sequence-model-artifact.js';
import type { SequenceSample } from './sequence-sample.js';
import { delayedSignTask, hitRate } from './sequence-task.test-support.js';
import type { SequenceTrainingProgress } from './sequence-training-options.js';
import { trainSequenceModel } from './train-sequence-model.js';

const LOOKBACK = 6;
const DELAY = 5;

function predictAll(model: SequenceModel, samples: readonly SequenceSample[]): number[] {
  return samples.map((sample) => model.probabilityUp(sample.sequence[LOOKBACK - 1], sample.sequence.slice(0, LOOKBACK - 1)));
}

describe('trainSequenceModel', () => {
  // The label is the sign of the signal 5 bars before the predicting bar: only a model that remembers can beat 50%.
  const training = delayedSignTask({ count: 400, lookback: LOOKBACK, delay: DELAY, seed: 7 });
  const outOfSample = delayedSignTask({ count: 1000, lookback: LOOKBACK, delay: DELAY, seed: 99 });
  const progress: SequenceTrainingProgress[] = [];
  let model: SequenceModel;
  let tensorsBefore = 0;

  beforeAll(async () => {
    await tf.ready();
    tensorsBefore = tf.memory().numTensors;
    model = await trainSequenceModel(training, {
      lookback: LOOKBACK,
      epochs: 12,
      batchSize: 32,
      learningRate: 0.05,
      seed: 3,
      onProgress: (step) => progress.push(step),
    });
  }, 120_000);

  it('learns a task that needs memory, far above chance on fresh data', () => {
    const accuracy = hitRate(predictAll(model, outOfSample), outOfSample);
    expect(accuracy).toBeGreaterThan(0.9);
  });

  it('gives calibrated-looking probabilities: confident where it is right', () => {
    const probabilities = predictAll(model, outOfSample);
    const meanConfidence = probabilities.reduce((sum, probability) => sum + Math.max(probability, 1 - probability), 0) / probabilities.length;
    const accuracy = hitRate(probabilities, outOfSample);
    expect(Math.abs(meanConfidence - accuracy)).toBeLessThan(0.08);
  });

  it('reports every epoch and keeps the best one', () => {
    expect(progress.map((step) => step.epoch)).toEqual(Array.from({ length: progress.length }, (_, index) => index + 1));
    const best = model.parts.training.bestEpoch;
    expect(best).toBeGreaterThan(0);
    const bestLoss = Math.min(...progress.map((step) => step.validationLoss));
    expect(progress[best - 1].validationLoss).toBe(bestLoss);
    expect(model.parts.training).toMatchObject({ seed: 3, trainingSamples: 320, validationSamples: 80, epochsRun: progress.length });
  });

  it('leaves no tensor behind after training and a thousand predictions', () => {
    predictAll(model, outOfSample);
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  });

  it('round-trips through its artifact to identical probabilities', () => {
    const restored = sequenceModelFromArtifact(JSON.parse(JSON.stringify(model.toArtifact())));
    expect(predictAll(restored, outOfSample.slice(0, 200))).toEqual(predictAll(model, outOfSample.slice(0, 200)));
  });

  it('throws on a feature vector of the wrong length', () => {
    expect(() => model.probabilityUp(new Float64Array(3), outOfSample[0].sequence.slice(0, LOOKBACK - 1))).toThrow(
      'features has 3 values; the lstm model was trained on 2 features',
    );
  });
});

describe('trainSequenceModel determinism and limits', () => {
  const samples = delayedSignTask({ count: 120, lookback: 4, delay: 2, seed: 5 });
  const fresh = delayedSignTask({ count: 50, lookback: 4, delay: 2, seed: 6 });
  const quick = { lookback: 4, epochs: 2, batchSize: 32, hiddenUnits: 8 };
  const predict = (model: SequenceModel): number[] => fresh.map((sample) => model.probabilityUp(sample.sequence[3], sample.sequence.slice(0, 3)));

  it('gives identical predictions for the same seed and different ones for another seed', async () => {
    const first = await trainSequenceModel(samples, { ...quick, seed: 42 });
    const second = await trainSequenceModel(samples, { ...quick, seed: 42 });
    const other = await trainSequenceModel(samples, { ...quick, seed: 43 });
    expect(second.toArtifact()).toEqual(first.toArtifact());
    expect(predict(second)).toEqual(predict(first));
    expect(predict(other)).not.toEqual(predict(first));
  }, 60_000);

  it('stops early and predicts near the base rate when labels are noise', async () => {
    const random = createSeededRandom(8);
    const noise = samples.map((sample) => ({ sequence: sample.sequence, label: (random.next() < 0.5 ? 1 : 0) as 0 | 1 }));
    const model = await trainSequenceModel(noise, { ...quick, epochs: 40, patience: 3, learningRate: 0.05, seed: 1 });
    expect(model.parts.training.epochsRun).toBeLessThan(40);
    for (const probability of predict(model)) expect(Math.abs(probability - 0.5)).toBeLessThan(0.2);
  }, 60_000);

  it('refuses inconsistent samples with a message naming the sample', async () => {
    const shortVector = [...samples];
    shortVector[7] = { sequence: [...samples[7].sequence.slice(0, 3), new Float64Array(1)], label: 1 };
    await expect(trainSequenceModel(shortVector, quick)).rejects.toThrow('sample 7 step 3 has 1 features; sample 0 has 2');
    const shortSequence = [...samples];
    shortSequence[2] = { sequence: samples[2].sequence.slice(1), label: 0 };
    await expect(trainSequenceModel(shortSequence, quick)).rejects.toThrow('sample 2 has 3 feature vectors; lookback needs 4');
    const badValue = [...samples];
    badValue[4] = { sequence: [...samples[4].sequence.slice(0, 3), Float64Array.of(Number.NaN, 1)], label: 1 };
    await expect(trainSequenceModel(badValue, quick)).rejects.toThrow('sample 4 step 3 feature 0 is NaN; features must be finite');
    const badLabel = [...samples];
    badLabel[0] = { sequence: samples[0].sequence, label: 2 as unknown as 0 };
    await expect(trainSequenceModel(badLabel, quick)).rejects.toThrow('sample 0 has label 2; expected 0 or 1');
  });

  it('refuses too few samples and options out of range', async () => {
    await expect(trainSequenceModel(samples.slice(0, 50), quick)).rejects.toThrow(
      '50 samples give 40 for training and 10 for validation (validationFraction 0.2, validationGap 0); each needs at least 20',
    );
    await expect(trainSequenceModel(samples, { ...quick, lookback: 0 })).rejects.toThrow('lookback must be a number in [1, 1000], got 0');
    await expect(trainSequenceModel(samples, { ...quick, validationFraction: 0 })).rejects.toThrow('validationFraction must be a number in (0, 0.9]');
    await expect(trainSequenceModel(samples, { ...quick, hiddenUnits: 2.5 })).rejects.toThrow('hiddenUnits must be an integer, got 2.5');
    await expect(trainSequenceModel([], quick)).rejects.toThrow('no training samples');
  });
});
