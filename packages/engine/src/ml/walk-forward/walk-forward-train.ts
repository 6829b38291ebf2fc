import type { DirectionModel } from '../models/direction-model.js';
import { featureRow } from '../models/labelled-rows.js';
import { historyOf, type DirectionDataset } from './direction-dataset.js';
import { directionMetrics, type DirectionMetrics } from './direction-metrics.js';
import type { DirectionModelTrainer } from './direction-model-trainer.js';
import { fitStacker, stackedEnsemble, stackedProbability } from './stacked-ensemble.js';
import { eligibleRows, rowsBetween, trainingRowsFor } from './training-rows.js';
import { distinctTimes, walkForwardFolds, type WalkForwardFold, type WalkForwardFoldOptions } from './walk-forward-folds.js';

/** Where a walk-forward training is. */
export interface WalkForwardProgress {
  readonly done: number;
  readonly total: number;
  /** What was just finished, e.g. "fold 2/6 gradient-boosted-trees". */
  readonly stage: string;
}

/** Options of {@link walkForwardTrain}. */
export interface WalkForwardTrainingOptions extends WalkForwardFoldOptions {
  /** Share of each training window's latest bar times held out to fit the calibration. Default 0.2. */
  readonly calibrationShare?: number;
  /** Also stack the trainers' models into an 'ensemble' (trained walk-forward on their out-of-sample probabilities). */
  readonly ensemble?: boolean;
  /** Fewest stacker rows a fold needs; earlier folds get no ensemble prediction. Default 200. */
  readonly minStackRows?: number;
  readonly onProgress?: (progress: WalkForwardProgress) => void;
}

/** The bars a final model learned from. */
export interface TrainedRange {
  /** First and last bar time of its training rows (epoch ms). */
  readonly from: number;
  readonly to: number;
  /** Time of the last bar any of its labels read: nothing after it was seen. */
  readonly labelEnd: number;
  readonly rows: number;
}

/** One test window's result for one model. */
export interface FoldResult {
  readonly fold: number;
  readonly testFrom: number;
  readonly testTo: number;
  readonly trainRows: number;
  readonly testRows: number;
  readonly accuracy: number;
  readonly majorityBaseline: number;
}

/** A final model (trained on every labelled row) with its walk-forward out-of-sample record. */
export interface TrainedDirectionModel {
  readonly kind: string;
  readonly model: DirectionModel;
  readonly metrics: DirectionMetrics;
  readonly folds: readonly FoldResult[];
  readonly trainedRange: TrainedRange;
}

/** What {@link walkForwardTrain} returns. */
export interface WalkForwardTrainingResult {
  readonly folds: readonly WalkForwardFold[];
  readonly models: readonly TrainedDirectionModel[];
}

/** Out-of-sample predictions of one model kind, by dataset row (NaN: not predicted). */
interface OutOfSample {
  readonly probabilities: Float64Array;
  readonly trainUpShares: Float64Array;
  readonly folds: FoldResult[];
}

function newOutOfSample(rowCount: number): OutOfSample {
  return { probabilities: new Float64Array(rowCount).fill(NaN), trainUpShares: new Float64Array(rowCount).fill(NaN), folds: [] };
}

function upShare(dataset: DirectionDataset, rows: ArrayLike<number>): number {
  let ups = 0;
  for (let i = 0; i < rows.length; i++) ups += dataset.labels[rows[i]];
  return rows.length > 0 ? ups / rows.length : 0.5;
}

function foldResult(dataset: DirectionDataset, fold: WalkForwardFold, trainRows: number, test: Int32Array, probabilities: Float64Array): FoldResult {
  let hits = 0;
  let ups = 0;
  let last = fold.testFrom;
  for (const row of test) {
    const label = dataset.labels[row];
    if ((probabilities[row] >= 0.5 ? 1 : 0) === label) hits++;
    ups += label;
    last = Math.max(last, dataset.time[row]);
  }
  const n = test.length;
  return { fold: fold.index, testFrom: fold.testFrom, testTo: last, trainRows, testRows: n, accuracy: hits / n, majorityBaseline: Math.max(ups / n, 1 - ups / n) };
}

function metricsOf(dataset: DirectionDataset, outOfSample: OutOfSample): DirectionMetrics {
  const rows: number[] = [];
  for (let r = 0; r < dataset.rowCount; r++) if (!Number.isNaN(outOfSample.probabilities[r])) rows.push(r);
  return directionMetrics({
    probabilities: rows.map((r) => outOfSample.probabilities[r]),
    labels: rows.map((r) => dataset.labels[r]),
    trainUpShares: rows.map((r) => outOfSample.trainUpShares[r]),
  });
}

function rangeOf(dataset: DirectionDataset, rows: readonly Int32Array[]): TrainedRange {
  let from = Infinity;
  let to = -Infinity;
  let labelEnd = -Infinity;
  let count = 0;
  for (const set of rows) {
    for (const row of set) {
      from = Math.min(from, dataset.time[row]);
      to = Math.max(to, dataset.time[row]);
      labelEnd = Math.max(labelEnd, dataset.labelTime[row]);
      count++;
    }
  }
  return { from, to, labelEnd, rows: count };
}

function predict(dataset: DirectionDataset, model: DirectionModel, historyLength: number, row: number): number {
  if (historyLength === 0) return model.probabilityUp(featureRow(dataset, row));
  const history = historyOf(dataset, row, historyLength);
  return history === null ? NaN : model.probabilityUp(featureRow(dataset, row), history);
}

/**
 * Trains every trainer's model walk-forward over the dataset's bar times: for each test window,
 * on the rows before it only (purged of labels that reach into it), then predicts the window. The
 * out-of-sample predictions give each model's metrics; the model returned is then trained on every
 * labelled row. With `ensemble`, a stacking regression is trained walk-forward on the base models'
 * out-of-sample probabilities (each fold on earlier folds' predictions only).
 */
export async function walkForwardTrain(dataset: DirectionDataset, trainers: readonly DirectionModelTrainer[], options: WalkForwardTrainingOptions = {}): Promise<WalkForwardTrainingResult> {
  if (trainers.length === 0) throw new RangeError('walk-forward training needs at least one model trainer');
  const calibrationShare = options.calibrationShare ?? 0.2;
  if (!(calibrationShare >= 0 && calibrationShare < 1)) throw new RangeError(`calibrationShare must be in [0, 1), got ${calibrationShare}`);
  const minStackRows = options.minStackRows ?? 200;
  const historyLength = Math.max(...trainers.map((trainer) => trainer.historyLength));
  const eligible = eligibleRows(dataset, historyLength);
  const times = distinctTimes(dataset.time);
  const folds = walkForwardFolds(dataset.time, options);
  const ensemble = options.ensemble === true;
  const total = (folds.length + 1) * (trainers.length + (ensemble ? 1 : 0));
  let done = 0;
  const report = (stage: string): void => {
    done++;
    options.onProgress?.({ done, total, stage });
  };
  const outOfSample = trainers.map(() => newOutOfSample(dataset.rowCount));
  for (const fold of folds) {
    const rows = trainingRowsFor(dataset, eligible, times, fold, calibrationShare);
    const test = rowsBetween(dataset, eligible, fold.testFrom, fold.testTo);
    const trainShare = upShare(dataset, [...rows.fit, ...rows.calibration]);
    for (const [t, trainer] of trainers.entries()) {
      const model = await trainer.train(dataset, rows);
      const record = outOfSample[t];
      for (const row of test) {
        record.probabilities[row] = predict(dataset, model, trainer.historyLength, row);
        record.trainUpShares[row] = trainShare;
      }
      record.folds.push(foldResult(dataset, fold, rows.fit.length + rows.calibration.length, test, record.probabilities));
      report(`fold ${fold.index + 1}/${folds.length} ${trainer.kind}`);
    }
  }
  const stackRecord = newOutOfSample(dataset.rowCount);
  const baseProbabilities = outOfSample.map((record) => record.probabilities);
  const stackable = (row: number): boolean => baseProbabilities.every((probabilities) => Number.isFinite(probabilities[row]));
  if (ensemble) {
    for (const fold of folds) {
      const stackRows: number[] = [];
      for (let r = 0; r < dataset.rowCount; r++) if (stackable(r) && dataset.labelTime[r] < fold.testFrom && dataset.time[r] >= fold.trainFrom) stackRows.push(r);
      const test = rowsBetween(dataset, eligible, fold.testFrom, fold.testTo).filter(stackable);
      if (stackRows.length >= minStackRows && test.length > 0) {
        const stacker = fitStacker(baseProbabilities, dataset.labels, Int32Array.from(stackRows));
        const trainShare = upShare(dataset, stackRows);
        for (const row of test) {
          stackRecord.probabilities[row] = stackedProbability(stacker, baseProbabilities, row);
          stackRecord.trainUpShares[row] = trainShare;
        }
        stackRecord.folds.push(foldResult(dataset, fold, stackRows.length, test, stackRecord.probabilities));
      }
      report(`fold ${fold.index + 1}/${folds.length} ensemble`);
    }
  }
  const finalWindow = {
    trainFrom: options.window === 'rolling' ? times[Math.max(0, times.length - (options.rollingBars ?? Math.floor(times.length * (options.initialTrainShare ?? 0.4))))] : -Infinity,
    testFrom: Infinity,
  };
  const finalRows = trainingRowsFor(dataset, eligible, times, finalWindow, calibrationShare);
  const trainedRange = rangeOf(dataset, [finalRows.fit, finalRows.calibration]);
  const models: TrainedDirectionModel[] = [];
  for (const [t, trainer] of trainers.entries()) {
    const model = await trainer.train(dataset, finalRows);
    models.push({ kind: trainer.kind, model, metrics: metricsOf(dataset, outOfSample[t]), folds: outOfSample[t].folds, trainedRange });
    report(`final ${trainer.kind}`);
  }
  if (ensemble) {
    const stackRows: number[] = [];
    for (let r = 0; r < dataset.rowCount; r++) if (stackable(r) && dataset.time[r] >= finalWindow.trainFrom) stackRows.push(r);
    if (stackRecord.folds.length === 0 || stackRows.length < minStackRows) {
      throw new RangeError(`the ensemble needs at least ${minStackRows} out-of-sample rows from earlier folds; use more data or fewer folds`);
    }
    const stacker = fitStacker(baseProbabilities, dataset.labels, Int32Array.from(stackRows));
    const model = stackedEnsemble(
      models.map((trained) => trained.model),
      stacker,
    );
    models.push({ kind: 'ensemble', model, metrics: metricsOf(dataset, stackRecord), folds: stackRecord.folds, trainedRange });
    report('final ensemble');
  }
  return { folds, models };
}
