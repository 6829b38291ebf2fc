import { describe, expect, it } from 'vitest';
import { LogisticRegression } from '../models/logistic-regression.js';
import { directionDatasetOf } from './direction-dataset.js';
import { gradientBoostedTreesTrainer, logisticRegressionTrainer, type DirectionModelTrainer, type TrainingRows } from './direction-model-trainer.js';
import { walkForwardTrain, type WalkForwardProgress } from './walk-forward-train.js';
import { meanRevertingBars } from './walk-forward.test-support.js';

const series = [meanRevertingBars('AAA', 700, 0.6, 1), meanRevertingBars('BBB', 700, 0.6, 2), meanRevertingBars('CCC', 700, 0.6, 3)];
const dataset = directionDatasetOf(series, { horizon: 1 });

describe('walkForwardTrain', () => {
  it('learns a mean-reverting market out of sample, beating the majority baseline on the same rows, with the ensemble stacked on top', async () => {
    const progress: WalkForwardProgress[] = [];
    const result = await walkForwardTrain(dataset, [logisticRegressionTrainer(), gradientBoostedTreesTrainer({ trees: 40, minLeafRows: 20 })], {
      folds: 4,
      ensemble: true,
      onProgress: (p) => progress.push(p),
    });
    expect(result.models.map((m) => m.kind)).toEqual(['logistic-regression', 'gradient-boosted-trees', 'ensemble']);
    for (const trained of result.models) {
      expect(trained.metrics.accuracy, trained.kind).toBeGreaterThan(0.65);
      expect(trained.metrics.accuracy - trained.metrics.majorityBaseline, trained.kind).toBeGreaterThan(0.1);
      expect(trained.metrics.logLoss, trained.kind).toBeLessThan(trained.metrics.baseRateLogLoss);
      expect(trained.metrics.calibration).toHaveLength(10);
      expect(trained.metrics.calibration.reduce((sum, bin) => sum + bin.count, 0)).toBe(trained.metrics.predictions);
    }
    const [linear, , ensemble] = result.models;
    // Folds cover the last 60% of the dates; the ensemble has no prediction in the first fold (nothing to stack yet).
    expect(linear.metrics.predictions).toBeGreaterThan(0.55 * dataset.rowCount);
    expect(linear.folds).toHaveLength(4);
    expect(ensemble.folds).toHaveLength(3);
    expect(ensemble.metrics.predictions).toBeLessThan(linear.metrics.predictions);
    expect(progress.at(-1)).toEqual({ done: 15, total: 15, stage: 'final ensemble' });
    expect(progress.map((p) => p.done)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  it('never trains on a row whose label reaches into the window it predicts, nor calibrates on rows it fitted', async () => {
    const seen: { rows: TrainingRows }[] = [];
    const spy: DirectionModelTrainer = {
      kind: 'logistic-regression',
      historyLength: 0,
      train: async (_data, rows) => {
        seen.push({ rows });
        return new LogisticRegression({ means: Array(16).fill(0), scales: Array(16).fill(1), clip: 5, weights: Array(16).fill(0), bias: 0 });
      },
    };
    const result = await walkForwardTrain(dataset, [spy], { folds: 3, calibrationShare: 0.25 });
    result.folds.forEach((fold, k) => {
      const { fit, calibration } = seen[k].rows;
      expect(fit.length).toBeGreaterThan(0);
      expect(calibration.length).toBeGreaterThan(0);
      const maxLabelTime = Math.max(...[...fit, ...calibration].map((r) => dataset.labelTime[r]));
      expect(maxLabelTime).toBeLessThan(fold.testFrom);
      const firstCalibration = Math.min(...[...calibration].map((r) => dataset.time[r]));
      expect(Math.max(...[...fit].map((r) => dataset.labelTime[r]))).toBeLessThan(firstCalibration);
    });
    // A constant 0.5 forecast: hit rate is the share of downs (0.5 counts as up), log-loss ln 2.
    expect(result.models[0].metrics.logLoss).toBeCloseTo(Math.log(2), 10);
    expect(result.models[0].metrics.accuracy).toBeCloseTo(result.models[0].metrics.upShare, 10);
  });

  it('refuses an empty trainer list and too few folds of data', async () => {
    await expect(walkForwardTrain(dataset, [])).rejects.toThrow('at least one model trainer');
    const tiny = directionDatasetOf([meanRevertingBars('T', 60, 0.5, 1)], { horizon: 1 });
    await expect(walkForwardTrain(tiny, [logisticRegressionTrainer()], { folds: 20 })).rejects.toThrow('too few for 20 test windows');
  });
});
