import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { LstmNetwork } from './lstm-network.js';
import { randomLstmWeights, randomVectors } from './sequence-model.test-support.js';

function float32(values: Float64Array): Float64Array {
  return Float64Array.from(Float32Array.from(values));
}

describe('LstmNetwork', () => {
  it('computes the same logit as tf.layers.lstm with sigmoid gates and a dense output', async () => {
    await tf.ready();
    const inputSize = 3;
    const units = 5;
    const steps = 7;
    const weights = randomLstmWeights({ inputSize, units, seed: 21 });
    const lstm = tf.layers.lstm({ units, inputShape: [steps, inputSize], recurrentActivation: 'sigmoid' });
    const dense = tf.layers.dense({ units: 1 });
    const model = tf.sequential({ layers: [lstm, dense] });
    // tfjs takes float32 only, so the weights are rounded to float32 on both sides of the comparison.
    const rounded = { ...weights, kernel: float32(weights.kernel), recurrentKernel: float32(weights.recurrentKernel), bias: float32(weights.bias) };
    const layerWeights = [
      tf.tensor2d(Float32Array.from(weights.kernel), [inputSize, 4 * units]),
      tf.tensor2d(Float32Array.from(weights.recurrentKernel), [units, 4 * units]),
      tf.tensor1d(Float32Array.from(weights.bias)),
      tf.tensor2d(Float32Array.from(weights.outputKernel), [units, 1]),
      tf.tensor1d([weights.outputBias]),
    ];
    lstm.setWeights(layerWeights.slice(0, 3));
    dense.setWeights(layerWeights.slice(3));
    tf.dispose(layerWeights);

    const network = new LstmNetwork(rounded);
    for (let sample = 0; sample < 5; sample += 1) {
      const inputs = Float32Array.from(randomVectors(steps, inputSize, 100 + sample).flatMap((vector) => Array.from(vector)));
      const expected = tf.tidy(() => (model.predict(tf.tensor3d(inputs, [1, steps, inputSize])) as tf.Tensor).dataSync()[0]);
      expect(network.logit(inputs, steps)).toBeCloseTo(expected, 4);
    }
    model.dispose();
  });

  it('reads a window at an offset', () => {
    const network = new LstmNetwork(randomLstmWeights({ inputSize: 2, units: 3, seed: 4 }));
    const window = Float64Array.of(0.5, -1, 2, 0.25);
    const padded = Float64Array.of(9, 9, ...window);
    expect(network.logit(padded, 2, 2)).toBe(network.logit(window, 2));
  });

  it('rejects weights whose length does not fit the shape', () => {
    const weights = randomLstmWeights({ inputSize: 2, units: 3, seed: 4 });
    expect(() => new LstmNetwork({ ...weights, recurrentKernel: new Float64Array(5) })).toThrow(
      'recurrentKernel has 5 values; 2 inputs and 3 units need 36',
    );
  });
});
