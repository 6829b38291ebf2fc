import { createModelFile, directionMetrics, DIRECTION_FEATURE_COUNT, LogisticRegression, type ModelFile } from '@goldensignals/engine';

/**
 * A pooled daily logistic-regression model file whose model ignores its features and answers sigmoid(`bias`),
 * trained (labels) up to 2019 and stamped `trainedAt`: small and quick, for tests of loading and reloading.
 */
export function constantModelFile(bias: number, trainedAt: Date): ModelFile {
  const zeros = Array<number>(DIRECTION_FEATURE_COUNT).fill(0);
  const model = new LogisticRegression({ means: zeros, scales: zeros.map(() => 1), clip: 5, weights: zeros, bias });
  const metrics = directionMetrics({ probabilities: [0.6, 0.4, 0.7, 0.3], labels: [1, 0, 0, 0], trainUpShares: [0.5, 0.5, 0.5, 0.5] });
  const labelEnd = Date.UTC(2019, 0, 1);
  return createModelFile(
    { kind: model.kind, model, metrics, folds: [], trainedRange: { from: Date.UTC(2018, 0, 1), to: labelEnd - 7 * 86_400_000, labelEnd, rows: 4 } },
    { symbol: '*', timeframe: '1d', horizon: 5, symbols: 1, trainedAt },
  );
}
