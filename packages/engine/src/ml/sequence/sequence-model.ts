import type { FeatureScaler } from './feature-scaler.js';
import type { LstmNetwork } from './lstm-network.js';
import { calibrate, type PlattCalibration } from './platt-calibration.js';
import type { DirectionModel } from './sequence-contract.js';
import type { SequenceModelArtifact } from './sequence-model-artifact.js';

/** How a sequence model was trained; kept in the artifact for the record (not an out-of-sample measurement). */
export interface SequenceTrainingSummary {
  readonly seed: number;
  readonly trainingSamples: number;
  readonly validationSamples: number;
  readonly epochsRun: number;
  /** Epoch whose weights were kept (lowest validation loss); 0 when no epoch beat the initial weights. */
  readonly bestEpoch: number;
  /** Uncalibrated log-loss on the validation tail at the best epoch (that tail also chose the epoch). */
  readonly validationLogLoss: number;
}

/** The parts a sequence model is made of; the trainer and the artifact loader both build it from these. */
export interface SequenceModelParts {
  readonly lookback: number;
  readonly scaler: FeatureScaler;
  readonly network: LstmNetwork;
  readonly calibration: PlattCalibration;
  readonly training: SequenceTrainingSummary;
}

/**
 * An LSTM direction model. Prediction is synchronous plain JavaScript over the last `lookback` bars (see LstmNetwork).
 * With fewer than `lookback - 1` history vectors it returns NaN, the warm-up value of the engine's batch indicators,
 * so the agent abstains; a NaN feature inside the window also yields NaN. A vector of the wrong length throws.
 */
export class SequenceModel implements DirectionModel {
  readonly kind = 'lstm';
  private readonly window: Float64Array;

  constructor(readonly parts: SequenceModelParts) {
    if (!Number.isInteger(parts.lookback) || parts.lookback < 1) throw new RangeError(`lookback must be an integer >= 1, got ${parts.lookback}`);
    if (parts.scaler.featureCount !== parts.network.weights.inputSize) {
      throw new RangeError(`scaler has ${parts.scaler.featureCount} features but the network takes ${parts.network.weights.inputSize}`);
    }
    this.window = new Float64Array(parts.lookback * parts.scaler.featureCount);
  }

  get lookback(): number {
    return this.parts.lookback;
  }

  get featureCount(): number {
    return this.parts.scaler.featureCount;
  }

  /** Calibrated P(up). The window is `history` (oldest first) followed by `features`, the predicting bar. */
  probabilityUp(features: Float64Array, history: readonly Float64Array[] = []): number {
    this.checkLength(features, 'features');
    const earlier = this.parts.lookback - 1;
    if (history.length < earlier) return Number.NaN;
    const first = history.length - earlier;
    for (let step = 0; step < earlier; step += 1) this.place(history[first + step], step, `history[${first + step}]`);
    this.place(features, earlier, 'features');
    return calibrate(this.parts.calibration, this.parts.network.logit(this.window, this.parts.lookback));
  }

  /** Uncalibrated output logit for the last `lookback` vectors of `sequence` (oldest first); used to fit calibration. */
  rawScore(sequence: readonly Float64Array[]): number {
    const { lookback } = this.parts;
    if (sequence.length < lookback) throw new RangeError(`sequence has ${sequence.length} vectors; lookback needs ${lookback}`);
    const first = sequence.length - lookback;
    for (let step = 0; step < lookback; step += 1) this.place(sequence[first + step], step, `sequence[${first + step}]`);
    return this.parts.network.logit(this.window, lookback);
  }

  toArtifact(): SequenceModelArtifact {
    const { lookback, scaler, network, calibration, training } = this.parts;
    const { weights } = network;
    return {
      kind: 'lstm',
      formatVersion: 1,
      lookback,
      featureCount: scaler.featureCount,
      hiddenUnits: weights.units,
      scaler: { mean: Array.from(scaler.mean), standardDeviation: Array.from(scaler.standardDeviation) },
      weights: {
        kernel: Array.from(weights.kernel),
        recurrentKernel: Array.from(weights.recurrentKernel),
        bias: Array.from(weights.bias),
        outputKernel: Array.from(weights.outputKernel),
        outputBias: weights.outputBias,
      },
      calibration: { slope: calibration.slope, intercept: calibration.intercept },
      training: { ...training },
    };
  }

  private place(vector: Float64Array, step: number, name: string): void {
    this.checkLength(vector, name);
    this.parts.scaler.transformInto(vector, this.window, step * this.featureCount);
  }

  private checkLength(vector: Float64Array, name: string): void {
    if (vector.length !== this.featureCount) {
      throw new RangeError(`${name} has ${vector.length} values; the lstm model was trained on ${this.featureCount} features`);
    }
  }
}
