import * as tf from '@tensorflow/tfjs';
import { globalTimers } from '../../consensus/global-timers.js';
import { createSeededRandom } from '../../random/index.js';
import { LstmNetwork, type LstmWeights } from './lstm-network.js';
import { LstmVariables } from './lstm-variables.js';
import type { SequenceTrainingProgress } from './sequence-training-options.js';

/** Standardised sequences packed sample-major as [count, lookback, featureCount] float32, with 0/1 labels. */
export interface PackedSequences {
  readonly inputs: Float32Array;
  readonly labels: Float32Array;
  readonly count: number;
}

/** The training settings `fitLstm` needs (already validated). */
export interface LstmFitSettings {
  readonly lookback: number;
  readonly featureCount: number;
  readonly hiddenUnits: number;
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly seed: number;
  readonly patience: number;
  readonly onProgress?: (progress: SequenceTrainingProgress) => void;
}

/** The weights of the epoch with the lowest validation loss. */
export interface LstmFitResult {
  readonly weights: LstmWeights;
  readonly epochsRun: number;
  readonly bestEpoch: number;
  readonly bestValidationLoss: number;
}

/** Mean binary cross-entropy of a logit against a 0/1 label, in double precision. */
function logLoss(logit: number, label: number): number {
  const softplus = logit > 0 ? logit + Math.log1p(Math.exp(-logit)) : Math.log1p(Math.exp(logit));
  return softplus - label * logit;
}

/** Validation loss computed with the same plain-JavaScript forward pass that serves predictions. */
function validationLoss(weights: LstmWeights, validation: PackedSequences, lookback: number): number {
  const network = new LstmNetwork(weights);
  const stride = lookback * weights.inputSize;
  let total = 0;
  for (let index = 0; index < validation.count; index += 1) {
    total += logLoss(network.logit(validation.inputs, lookback, index * stride), validation.labels[index]);
  }
  return total / validation.count;
}

/** Copies the samples `order` picks into a time-major [lookback * batch, featureCount] block for one step's matMul. */
function timeMajorBatch(training: PackedSequences, order: Int32Array, lookback: number, featureCount: number): Float32Array {
  const batch = order.length;
  const block = new Float32Array(lookback * batch * featureCount);
  order.forEach((sample, position) => {
    for (let step = 0; step < lookback; step += 1) {
      const source = (sample * lookback + step) * featureCount;
      block.set(training.inputs.subarray(source, source + featureCount), (step * batch + position) * featureCount);
    }
  });
  return block;
}

/**
 * Trains LSTM → dense logit with sigmoid cross-entropy (binary cross-entropy on the logit) and Adam, keeping the
 * weights of the epoch with the lowest validation loss and stopping after `patience` epochs without improvement.
 * Deterministic for a seed: seeded initialisers, batch order from the engine's seeded generator, no dropout.
 * Every tensor it creates is disposed before it returns, also when it throws.
 */
export async function fitLstm(training: PackedSequences, validation: PackedSequences, settings: LstmFitSettings): Promise<LstmFitResult> {
  await tf.ready();
  const { lookback, featureCount, batchSize } = settings;
  const variables = LstmVariables.create(featureCount, settings.hiddenUnits, settings.seed);
  const optimizer = tf.train.adam(settings.learningRate);
  const random = createSeededRandom(settings.seed);
  const order = Int32Array.from({ length: training.count }, (_, index) => index);
  try {
    const initial = variables.toWeights();
    // The untrained network (epoch 0) is a candidate too, so a model that only overfits keeps its neutral start.
    let best = { weights: initial, epoch: 0, loss: validationLoss(initial, validation, lookback) };
    let epochsRun = 0;
    for (let epoch = 1; epoch <= settings.epochs; epoch += 1) {
      for (let index = order.length - 1; index > 0; index -= 1) {
        const swap = Math.floor(random.next() * (index + 1));
        [order[index], order[swap]] = [order[swap], order[index]];
      }
      let lossSum = 0;
      for (let start = 0; start < order.length; start += batchSize) {
        const batchOrder = order.subarray(start, start + batchSize);
        const batch = batchOrder.length;
        const inputs = tf.tensor2d(timeMajorBatch(training, batchOrder, lookback, featureCount), [lookback * batch, featureCount]);
        const labels = tf.tensor2d(Float32Array.from(batchOrder, (sample) => training.labels[sample]), [batch, 1]);
        const cost = optimizer.minimize(() => tf.losses.sigmoidCrossEntropy(labels, variables.logits(inputs, lookback, batch)) as tf.Scalar, true, variables.variables);
        lossSum += (cost?.dataSync()[0] ?? Number.NaN) * batch;
        tf.dispose([inputs, labels, cost ?? []]);
      }
      epochsRun = epoch;
      const weights = variables.toWeights();
      const loss = validationLoss(weights, validation, lookback);
      if (loss < best.loss) best = { weights, epoch, loss };
      settings.onProgress?.({ epoch, epochs: settings.epochs, trainingLoss: lossSum / order.length, validationLoss: loss, bestEpoch: best.epoch });
      if (epoch - best.epoch >= settings.patience) break;
      // Yield between epochs so a server running this in-process keeps answering requests.
      await new Promise<void>((resolve) => globalTimers().setTimeout(resolve, 0));
    }
    return { weights: best.weights, epochsRun, bestEpoch: best.epoch, bestValidationLoss: best.loss };
  } finally {
    variables.dispose();
    optimizer.dispose();
  }
}
