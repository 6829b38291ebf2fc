import { z } from 'zod';
import { FeatureScaler } from './feature-scaler.js';
import { LstmNetwork } from './lstm-network.js';
import { SequenceModel } from './sequence-model.js';

const finite = z.number().refine(Number.isFinite, 'expected a finite number');
const finiteArray = z.array(finite);
const positiveInteger = z.number().int().min(1);

/** Schema of `SequenceModel.toArtifact()`: weights, scaler and calibration as plain numbers. */
export const sequenceModelArtifactSchema = z.strictObject({
  kind: z.literal('lstm'),
  formatVersion: z.literal(1),
  lookback: positiveInteger,
  featureCount: positiveInteger,
  hiddenUnits: positiveInteger,
  scaler: z.strictObject({ mean: finiteArray, standardDeviation: z.array(z.number().positive().refine(Number.isFinite, 'expected a finite number')) }),
  weights: z.strictObject({
    kernel: finiteArray,
    recurrentKernel: finiteArray,
    bias: finiteArray,
    outputKernel: finiteArray,
    outputBias: finite,
  }),
  calibration: z.strictObject({ slope: finite, intercept: finite }),
  training: z.strictObject({
    seed: z.number().int(),
    trainingSamples: positiveInteger,
    validationSamples: positiveInteger,
    epochsRun: positiveInteger,
    bestEpoch: z.number().int().min(0),
    validationLogLoss: finite,
  }),
});

/** The JSON form of a trained LSTM direction model. */
export type SequenceModelArtifact = z.infer<typeof sequenceModelArtifactSchema>;

/** Rebuilds the model from its artifact; throws a RangeError naming the first bad field. Gives identical probabilities. */
export function sequenceModelFromArtifact(artifact: unknown): SequenceModel {
  const parsed = sequenceModelArtifactSchema.safeParse(artifact);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(artifact)';
    throw new RangeError(`invalid lstm model artifact: ${path}: ${issue.message}`);
  }
  const data = parsed.data;
  try {
    if (data.scaler.mean.length !== data.featureCount) {
      throw new RangeError(`scaler has ${data.scaler.mean.length} means for ${data.featureCount} features`);
    }
    const network = new LstmNetwork({
      inputSize: data.featureCount,
      units: data.hiddenUnits,
      kernel: Float64Array.from(data.weights.kernel),
      recurrentKernel: Float64Array.from(data.weights.recurrentKernel),
      bias: Float64Array.from(data.weights.bias),
      outputKernel: Float64Array.from(data.weights.outputKernel),
      outputBias: data.weights.outputBias,
    });
    return new SequenceModel({
      lookback: data.lookback,
      scaler: FeatureScaler.fromValues(data.scaler.mean, data.scaler.standardDeviation),
      network,
      calibration: data.calibration,
      training: data.training,
    });
  } catch (error) {
    if (error instanceof RangeError) throw new RangeError(`invalid lstm model artifact: ${error.message}`);
    throw error;
  }
}
