import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { LstmNetwork } from './lstm-network.js';
import { LstmVariables } from './lstm-variables.js';
import { randomVectors } from './sequence-model.test-support.js';

describe('LstmVariables', () => {
  it('gives the same logits as the plain-JavaScript network reading its weights', async () => {
    await tf.ready();
    const inputSize = 3;
    const steps = 6;
    const batch = 4;
    const variables = LstmVariables.create(inputSize, 8, 17);
    const sequences = Array.from({ length: batch }, (_, sample) => randomVectors(steps, inputSize, 40 + sample));
    const timeMajor = new Float32Array(steps * batch * inputSize);
    sequences.forEach((sequence, sample) =>
      sequence.forEach((vector, step) => timeMajor.set(vector, (step * batch + sample) * inputSize)),
    );
    const logits = tf.tidy(() => variables.logits(tf.tensor2d(timeMajor, [steps * batch, inputSize]), steps, batch).dataSync());
    const network = new LstmNetwork(variables.toWeights());
    sequences.forEach((sequence, sample) => {
      const window = Float32Array.from(sequence.flatMap((vector) => Array.from(vector)));
      expect(network.logit(window, steps)).toBeCloseTo(logits[sample], 5);
    });
    variables.dispose();
  });

  it('starts from the same weights for the same seed, with forget-gate bias 1', () => {
    const first = LstmVariables.create(2, 4, 9);
    const second = LstmVariables.create(2, 4, 9);
    const other = LstmVariables.create(2, 4, 10);
    const weights = first.toWeights();
    expect(weights).toEqual(second.toWeights());
    expect(Array.from(other.toWeights().kernel)).not.toEqual(Array.from(weights.kernel));
    expect(Array.from(weights.bias)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    [first, second, other].forEach((variables) => variables.dispose());
  });

  it('frees every tensor it made when disposed', async () => {
    await tf.ready();
    const before = tf.memory().numTensors;
    LstmVariables.create(5, 16, 1).dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
