import { FeatureScaler } from './feature-scaler.js';
import type { PackedSequences } from './fit-lstm.js';
import { LstmNetwork } from './lstm-network.js';
import { fitPlattCalibration, IDENTITY_CALIBRATION } from './platt-calibration.js';
import { SequenceModel } from './sequence-model.js';
import { checkSequenceSamples, type SequenceSample } from './sequence-sample.js';
import { resolveSequenceTrainingOptions, type SequenceTrainingOptions } from './sequence-training-options.js';

/** Fewer validation samples than this cannot pick an epoch or fit a calibration with any reliability. */
const MIN_VALIDATION_SAMPLES = 20;
const MIN_TRAINING_SAMPLES = 20;

function pack(samples: readonly SequenceSample[], lookback: number, scaler: FeatureScaler): PackedSequences {
  const featureCount = scaler.featureCount;
  const inputs = new Float32Array(samples.length * lookback * featureCount);
  const labels = new Float32Array(samples.length);
  samples.forEach((sample, index) => {
    const first = sample.sequence.length - lookback;
    for (let step = 0; step < lookback; step += 1) {
      scaler.transformInto(sample.sequence[first + step], inputs, (index * lookback + step) * featureCount);
    }
    labels[index] = sample.label;
  });
  return { inputs, labels, count: samples.length };
}

/**
 * Trains an LSTM direction model. `samples` must be in time order: the last `validationFraction` of them (after
 * `validationGap` dropped samples) is the validation tail that picks the epoch and fits the Platt calibration; the
 * feature scaler is fitted on the training part only. Each sample uses the last `lookback` vectors of its sequence.
 * tfjs is loaded on first call only, so code that just predicts never loads it.
 */
export async function trainSequenceModel(samples: readonly SequenceSample[], options: SequenceTrainingOptions): Promise<SequenceModel> {
  const settings = resolveSequenceTrainingOptions(options);
  const { lookback, validationGap } = settings;
  const featureCount = checkSequenceSamples(samples, lookback);
  const validationCount = Math.round(samples.length * settings.validationFraction);
  const trainingCount = samples.length - validationCount - validationGap;
  if (validationCount < MIN_VALIDATION_SAMPLES || trainingCount < MIN_TRAINING_SAMPLES) {
    throw new RangeError(
      `${samples.length} samples give ${Math.max(trainingCount, 0)} for training and ${validationCount} for validation ` +
        `(validationFraction ${settings.validationFraction}, validationGap ${validationGap}); ` +
        `each needs at least ${MIN_TRAINING_SAMPLES}`,
    );
  }
  const trainingSamples = samples.slice(0, trainingCount);
  const validationSamples = samples.slice(trainingCount + validationGap);
  const scaler = FeatureScaler.fit(
    trainingSamples.flatMap((sample) => sample.sequence.slice(sample.sequence.length - lookback)),
    featureCount,
  );

  const { fitLstm } = await import('./fit-lstm.js');
  const fit = await fitLstm(pack(trainingSamples, lookback, scaler), pack(validationSamples, lookback, scaler), {
    ...settings,
    featureCount,
  });

  const uncalibrated = new SequenceModel({
    lookback,
    scaler,
    network: new LstmNetwork(fit.weights),
    calibration: IDENTITY_CALIBRATION,
    training: {
      seed: settings.seed,
      trainingSamples: trainingCount,
      validationSamples: validationSamples.length,
      epochsRun: fit.epochsRun,
      bestEpoch: fit.bestEpoch,
      validationLogLoss: fit.bestValidationLoss,
    },
  });
  const scores = validationSamples.map((sample) => uncalibrated.rawScore(sample.sequence));
  const calibration = fitPlattCalibration(scores, validationSamples.map((sample) => sample.label));
  return new SequenceModel({ ...uncalibrated.parts, calibration });
}
