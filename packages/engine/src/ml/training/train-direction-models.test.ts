import { describe, expect, it } from 'vitest';
import { parseModelFile } from '../artifacts/model-file.js';
import { loadModelFile } from '../artifacts/model-store.js';
import { meanRevertingBars } from '../walk-forward/walk-forward.test-support.js';
import { trainDirectionModels } from './train-direction-models.js';

const series = [meanRevertingBars('AAA', 600, 0.5, 1), meanRevertingBars('BBB', 600, 0.5, 2)];

describe('trainDirectionModels', () => {
  it('returns one versioned, loadable model file per kind with the ensemble last and its out-of-sample record', async () => {
    const now = new Date(Date.UTC(2024, 0, 31, 12));
    const { files, rows } = await trainDirectionModels(series, { timeframe: '1d', kinds: ['logistic-regression'], ensemble: true, horizon: 1, folds: 3, now });
    expect(rows).toBe(2 * (600 - 49));
    expect(files.map((f) => f.kind)).toEqual(['logistic-regression', 'ensemble']);
    const [linear] = files;
    expect(linear.version.startsWith('20240131T120000Z-')).toBe(true);
    expect(linear.symbol).toBe('*');
    expect(linear.trainedRange.symbols).toBe(2);
    expect(linear.folds).toHaveLength(3);
    expect(linear.metrics.accuracy).toBeGreaterThan(linear.metrics.majorityBaseline);
    const loaded = loadModelFile(parseModelFile(JSON.stringify(files[1])));
    expect(loaded.model.kind).toBe('ensemble');
  });

  it('refuses a kind it cannot train, naming it', async () => {
    await expect(trainDirectionModels(series, { timeframe: '1d', kinds: ['lstm'], ensemble: false })).rejects.toThrow('the lstm model needs a sequence-model trainer');
    await expect(trainDirectionModels(series, { timeframe: '1d', kinds: ['svm'], ensemble: false })).rejects.toThrow('cannot train model kind "svm"');
  });
});
