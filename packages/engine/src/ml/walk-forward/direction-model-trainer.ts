import type { DirectionModel } from '../models/direction-model.js';
import { fitCalibration } from '../models/fit-calibration.js';
import { fitGradientBoostedTrees, type GradientBoostedTreesOptions } from '../models/fit-gradient-boosted-trees.js';
import { featureRow } from '../models/labelled-rows.js';
import { fitLogisticRegression, type LogisticRegressionOptions } from '../models/logistic-regression.js';
import type { CalibrationMethod } from '../models/probability-calibration.js';
import type { DirectionDataset } from './direction-dataset.js';

/** The rows one training may use: `fit` for the model, `calibration` (later in time, purged) for its calibration. */
export interface TrainingRows {
  readonly fit: Int32Array;
  readonly calibration: Int32Array;
}

/** Trains one kind of direction model on rows of a dataset. */
export interface DirectionModelTrainer {
  readonly kind: string;
  /** Feature vectors before the current one the model reads (0 for models of one vector). */
  readonly historyLength: number;
  train(dataset: DirectionDataset, rows: TrainingRows): Promise<DirectionModel>;
}

/** A model that gives a margin and can be wrapped with a calibration. */
interface MarginModel {
  margin(features: ArrayLike<number>): number;
  withCalibration(calibration: ReturnType<typeof fitCalibration>): DirectionModel;
}

function calibrated(model: MarginModel, dataset: DirectionDataset, rows: Int32Array, method: CalibrationMethod): DirectionModel {
  if (method === 'none' || rows.length === 0) return model.withCalibration(fitCalibration('none', [], []));
  const margins = Float64Array.from(rows, (row) => model.margin(featureRow(dataset, row)));
  const labels = Int8Array.from(rows, (row) => dataset.labels[row]);
  return model.withCalibration(fitCalibration(method, margins, labels));
}

/** Options shared by the tabular trainers. */
export interface CalibrationOption {
  /** Calibration fitted on the held-out slice. Default 'platt'. */
  readonly calibration?: CalibrationMethod;
}

/** Logistic regression, calibrated on the held-out slice. */
export function logisticRegressionTrainer(options: LogisticRegressionOptions & CalibrationOption = {}): DirectionModelTrainer {
  return {
    kind: 'logistic-regression',
    historyLength: 0,
    train: async (dataset, rows) => {
      const model = fitLogisticRegression({ ...dataset, rows: rows.fit }, options);
      return calibrated(model, dataset, rows.calibration, options.calibration ?? 'platt');
    },
  };
}

/** Gradient-boosted trees, calibrated on the held-out slice. */
export function gradientBoostedTreesTrainer(options: GradientBoostedTreesOptions & CalibrationOption = {}): DirectionModelTrainer {
  return {
    kind: 'gradient-boosted-trees',
    historyLength: 0,
    train: async (dataset, rows) => {
      const model = fitGradientBoostedTrees({ ...dataset, rows: rows.fit }, options);
      return calibrated(model, dataset, rows.calibration, options.calibration ?? 'platt');
    },
  };
}
