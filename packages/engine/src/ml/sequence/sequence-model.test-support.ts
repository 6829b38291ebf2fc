import { createSeededRandom } from '../../random/index.js';
import { FeatureScaler } from './feature-scaler.js';
import { LstmNetwork, type LstmWeights } from './lstm-network.js';
import { SequenceModel } from './sequence-model.js';

/** Seeded random LSTM weights of a plausible trained scale (normal, standard deviation 0.4). */
export function randomLstmWeights(options: { inputSize: number; units: number; seed: number }): LstmWeights {
  const { inputSize, units, seed } = options;
  const random = createSeededRandom(seed);
  const values = (length: number): Float64Array => Float64Array.from({ length }, () => 0.4 * random.normal());
  return {
    inputSize,
    units,
    kernel: values(inputSize * 4 * units),
    recurrentKernel: values(units * 4 * units),
    bias: values(4 * units),
    outputKernel: values(units),
    outputBias: 0.4 * random.normal(),
  };
}

/** A sequence model with random weights, a non-trivial scaler and calibration; for tests that need no training. */
export function randomSequenceModel(options: { lookback: number; featureCount: number; hiddenUnits: number; seed: number }): SequenceModel {
  const { lookback, featureCount, hiddenUnits, seed } = options;
  const random = createSeededRandom(seed + 1);
  return new SequenceModel({
    lookback,
    scaler: FeatureScaler.fromValues(
      Array.from({ length: featureCount }, () => random.normal()),
      Array.from({ length: featureCount }, () => 0.5 + random.next()),
    ),
    network: new LstmNetwork(randomLstmWeights({ inputSize: featureCount, units: hiddenUnits, seed })),
    calibration: { slope: 0.8, intercept: 0.1 },
    training: { seed, trainingSamples: 100, validationSamples: 25, epochsRun: 3, bestEpoch: 2, validationLogLoss: 0.69 },
  });
}

/** `count` seeded standard-normal feature vectors. */
export function randomVectors(count: number, featureCount: number, seed: number): Float64Array[] {
  const random = createSeededRandom(seed);
  return Array.from({ length: count }, () => Float64Array.from({ length: featureCount }, () => random.normal()));
}
