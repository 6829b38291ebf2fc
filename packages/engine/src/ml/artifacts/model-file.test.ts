import { describe, expect, it } from 'vitest';
import { fitGradientBoostedTrees } from '../models/fit-gradient-boosted-trees.js';
import { fitPlattCalibration } from '../models/platt-calibration.js';
import { EnsembleModel } from '../models/ensemble-model.js';
import { LogisticRegression } from '../models/logistic-regression.js';
import { syntheticRows } from '../models/models.test-support.js';
import { modelFileName } from './create-model-file.js';
import { parseModelFile } from './model-file.js';
import { InMemoryModelStore, loadModelFile } from './model-store.js';
import { constantModel, modelFileOf } from './stored-model.test-support.js';

const x = Float64Array.from({ length: 16 }, (_, i) => (i - 8) / 10);

describe('model files', () => {
  it('round-trip through JSON text with identical probabilities, version, metrics and range', () => {
    const data = syntheticRows(800, 16, (v) => (v[0] > 0 ? 0.7 : 0.3), 4);
    const trees = fitGradientBoostedTrees(data, { trees: 10 }).withCalibration(fitPlattCalibration([-1, 0, 1, 2], [0, 0, 1, 1]));
    const file = modelFileOf(trees);
    expect(file.version).toMatch(/^20190102T120000Z-[0-9a-f]{16}$/);
    expect(file.trainedRange.labelEnd).toBe('2019-01-01T00:00:00.000Z');
    const loaded = loadModelFile(parseModelFile(JSON.stringify(file)));
    expect(loaded.model.probabilityUp(x)).toBe(trees.probabilityUp(x));
    expect(loaded.header.version).toBe(file.version);
    expect(loaded.header.metrics.accuracy).toBe(0.75);
    expect(loaded.header.metrics.calibration[6]).toEqual({ from: 0.6, to: 0.7, count: 1, meanPredicted: 0.6, observedUp: 1 });
    expect(modelFileName(file)).toBe(`gradient-boosted-trees.all.1d.h5.${file.version}.json`);
  });

  it('gives different versions to different weights trained at the same time', () => {
    expect(modelFileOf(constantModel(0.1)).version).not.toBe(modelFileOf(constantModel(0.2)).version);
  });

  it('keeps an ensemble with its base models in one file', () => {
    const stacker = new LogisticRegression({ means: [0, 0], scales: [1, 1], clip: 5, weights: [1, 0.5], bias: 0 });
    const model = new EnsembleModel([constantModel(0.4), constantModel(-0.2)], stacker);
    // Stacked on the bases' log-odds: sigmoid(1 * 0.4 + 0.5 * -0.2).
    expect(model.probabilityUp(x)).toBeCloseTo(1 / (1 + Math.exp(-0.3)), 12);
    const loaded = loadModelFile(parseModelFile(JSON.stringify(modelFileOf(model))));
    expect(loaded.model.probabilityUp(x)).toBe(model.probabilityUp(x));
    expect(loaded.model.kind).toBe('ensemble');
    expect(() => new EnsembleModel([constantModel(0.4)], stacker)).toThrow('the stacker has 2 weights for 1 base models');
  });

  it('names what is wrong with a bad file', () => {
    const file = modelFileOf(constantModel(0));
    expect(() => parseModelFile('{not json', 'a.json')).toThrow('a.json: not JSON');
    expect(() => parseModelFile({ ...file, formatVersion: 9 }, 'a.json')).toThrow('a.json: format version 9 is not supported');
    expect(() => parseModelFile({ ...file, horizon: 0 }, 'a.json')).toThrow('horizon');
    expect(() => parseModelFile({ ...file, kind: 'gradient-boosted-trees' }, 'a.json')).toThrow('does not match the model\'s kind "logistic-regression"');
    expect(() => loadModelFile({ ...file, featureNames: ['return1'] }, {}, 'a.json')).toThrow('retrain with goldensignals train');
    expect(() => loadModelFile({ ...file, kind: 'lstm', model: { kind: 'lstm' } }, {}, 'a.json')).toThrow('no sequence model loader');
    const badWeights = { ...file.model, weights: [1] };
    expect(() => loadModelFile({ ...file, model: badWeights }, {}, 'a.json')).toThrow('a.json: invalid logistic-regression artifact');
  });
});

describe('InMemoryModelStore', () => {
  it("prefers the symbol's own model, falls back to the pooled one and keeps the latest training of a key", () => {
    const pooled = loadModelFile(modelFileOf(constantModel(0)));
    const own = loadModelFile(modelFileOf(constantModel(1), { symbol: 'AAPL' }));
    const older = loadModelFile(modelFileOf(constantModel(2), { trainedAt: new Date(Date.UTC(2018, 5, 1)) }));
    const store = new InMemoryModelStore([pooled, own]);
    expect(store.add(older)).toBe(false);
    expect(store.get('logistic-regression', 'AAPL', '1d')).toBe(own);
    expect(store.get('logistic-regression', 'MSFT', '1d')).toBe(pooled);
    expect(store.get('logistic-regression', 'MSFT', '1h')).toBeUndefined();
    expect(store.get('gradient-boosted-trees', 'MSFT', '1d')).toBeUndefined();
  });
});
