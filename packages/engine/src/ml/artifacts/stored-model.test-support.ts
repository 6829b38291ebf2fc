import type { Timeframe } from '../../series/timeframe.js';
import { DIRECTION_FEATURE_COUNT } from '../features/direction-feature-names.js';
import type { DirectionModel } from '../models/direction-model.js';
import { LogisticRegression } from '../models/logistic-regression.js';
import { directionMetrics } from '../walk-forward/direction-metrics.js';
import type { TrainedDirectionModel } from '../walk-forward/walk-forward-train.js';
import { createModelFile } from './create-model-file.js';
import type { ModelFile } from './model-file.js';

/** A logistic regression that ignores its features and always answers sigmoid(bias). */
export function constantModel(bias: number): LogisticRegression {
  const zeros = Array<number>(DIRECTION_FEATURE_COUNT).fill(0);
  return new LogisticRegression({ means: zeros, scales: zeros.map(() => 1), clip: 5, weights: zeros, bias });
}

/** A trained-model record around `model` with a small, fixed out-of-sample history. */
export function trainedRecord(model: DirectionModel, labelEnd = Date.UTC(2019, 0, 1)): TrainedDirectionModel {
  const metrics = directionMetrics({ probabilities: [0.6, 0.4, 0.7, 0.3], labels: [1, 0, 0, 0], trainUpShares: [0.5, 0.5, 0.5, 0.5] });
  return { kind: model.kind, model, metrics, folds: [], trainedRange: { from: Date.UTC(2018, 0, 1), to: labelEnd - 7 * 86_400_000, labelEnd, rows: 4 } };
}

/** The model file of `model`, pooled over all symbols, trained at a fixed time. */
export function modelFileOf(model: DirectionModel, options: { symbol?: string; timeframe?: Timeframe; labelEnd?: number; trainedAt?: Date } = {}): ModelFile {
  return createModelFile(trainedRecord(model, options.labelEnd), {
    symbol: options.symbol ?? '*',
    timeframe: options.timeframe ?? '1d',
    horizon: 5,
    symbols: 1,
    trainedAt: options.trainedAt ?? new Date(Date.UTC(2019, 0, 2, 12)),
  });
}
