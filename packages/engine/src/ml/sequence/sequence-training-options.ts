import { assertInRange } from '../../support/assert-in-range.js';

/** Reported after every epoch. Early stopping can end training before `epoch === epochs`. */
export interface SequenceTrainingProgress {
  readonly epoch: number;
  readonly epochs: number;
  readonly trainingLoss: number;
  readonly validationLoss: number;
  readonly bestEpoch: number;
}

/** Options of `trainSequenceModel`; only `lookback` is required. */
export interface SequenceTrainingOptions {
  /** Bars per input sequence (the predicting bar and the `lookback - 1` before it). */
  readonly lookback: number;
  /** LSTM units; default 16. */
  readonly hiddenUnits?: number;
  /** Maximum epochs; default 20. */
  readonly epochs?: number;
  /** Default 32. */
  readonly batchSize?: number;
  /** Adam step size; default 0.01. */
  readonly learningRate?: number;
  /** Seeds weight initialisation and batch order; default 1. */
  readonly seed?: number;
  /** Share of samples, taken from the end (samples must be in time order), for early stopping and calibration; default 0.2. */
  readonly validationFraction?: number;
  /** Samples dropped between training and validation so labels spanning h bars do not overlap; use h - 1. Default 0. */
  readonly validationGap?: number;
  /** Epochs without a lower validation loss before training stops; default 5. */
  readonly patience?: number;
  readonly onProgress?: (progress: SequenceTrainingProgress) => void;
}

/** Options with every default filled in. */
export type ResolvedSequenceTrainingOptions = Required<Omit<SequenceTrainingOptions, 'onProgress'>> &
  Pick<SequenceTrainingOptions, 'onProgress'>;

function assertInteger(name: string, value: number, min: number, max: number): void {
  assertInRange(name, value, min, max);
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be an integer, got ${value}`);
}

/** Fills in defaults and throws a RangeError naming the first option out of range. */
export function resolveSequenceTrainingOptions(options: SequenceTrainingOptions): ResolvedSequenceTrainingOptions {
  const resolved: ResolvedSequenceTrainingOptions = {
    lookback: options.lookback,
    hiddenUnits: options.hiddenUnits ?? 16,
    epochs: options.epochs ?? 20,
    batchSize: options.batchSize ?? 32,
    learningRate: options.learningRate ?? 0.01,
    seed: options.seed ?? 1,
    validationFraction: options.validationFraction ?? 0.2,
    validationGap: options.validationGap ?? 0,
    patience: options.patience ?? 5,
    onProgress: options.onProgress,
  };
  assertInteger('lookback', resolved.lookback, 1, 1000);
  assertInteger('hiddenUnits', resolved.hiddenUnits, 1, 512);
  assertInteger('epochs', resolved.epochs, 1, 10_000);
  assertInteger('batchSize', resolved.batchSize, 1, 1_000_000);
  assertInRange('learningRate', resolved.learningRate, 0, 1, true);
  assertInteger('seed', resolved.seed, -(2 ** 31), 2 ** 32 - 1);
  assertInRange('validationFraction', resolved.validationFraction, 0, 0.9, true);
  assertInteger('validationGap', resolved.validationGap, 0, 1_000_000);
  assertInteger('patience', resolved.patience, 1, 10_000);
  return resolved;
}
