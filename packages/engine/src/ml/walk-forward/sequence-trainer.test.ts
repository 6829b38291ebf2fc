import { describe, expect, it } from 'vitest';
import type { DirectionModel, SequenceSample, SequenceTrainingOptions } from '../models/direction-model.js';
import { sigmoid } from '../models/logistic-function.js';
import { directionDatasetOf } from './direction-dataset.js';
import { sequenceTrainer } from './sequence-trainer.js';
import { walkForwardTrain } from './walk-forward-train.js';
import { meanRevertingBars } from './walk-forward.test-support.js';

const dataset = directionDatasetOf([meanRevertingBars('AAA', 500, 0.6, 1), meanRevertingBars('BBB', 500, 0.6, 2)], { horizon: 3 });

/** A sequence "model" reading the last `lookback` one-bar returns: enough to check what the adapter feeds it. */
function sumOfReturnsModel(lookback: number): DirectionModel {
  return {
    kind: 'lstm',
    probabilityUp: (features, history = []) => (history.length < lookback - 1 ? NaN : sigmoid(-50 * [...history.slice(history.length - lookback + 1), features].reduce((s, v) => s + v[0], 0))),
    toArtifact: () => ({ kind: 'lstm', lookback }),
  };
}

describe('sequenceTrainer', () => {
  it('hands the trainer time-ordered samples of `lookback` consecutive vectors with their labels and a purge gap', async () => {
    const calls: { samples: readonly SequenceSample[]; options: SequenceTrainingOptions }[] = [];
    const trainer = sequenceTrainer(
      async (samples, options) => {
        calls.push({ samples, options });
        return sumOfReturnsModel(options.lookback);
      },
      { lookback: 4, maxSamples: 300 },
    );
    expect(trainer.historyLength).toBe(3);
    const fit = Int32Array.from({ length: 200 }, (_, i) => 10 + i);
    const calibration = Int32Array.from({ length: 50 }, (_, i) => dataset.rowCount - 100 + i);
    await trainer.train(dataset, { fit, calibration });
    const [{ samples, options }] = calls;
    expect(options).toEqual({ lookback: 4, seed: 1, validationGap: 4 });
    expect(samples).toHaveLength(250);
    const first = samples[0];
    expect(first.sequence).toHaveLength(4);
    // The last vector is row 10's, the first the row three bars earlier (row 7 of the same symbol).
    expect(Array.from(first.sequence[3])).toEqual(Array.from(dataset.values.subarray(10 * 16, 11 * 16)));
    expect(Array.from(first.sequence[0])).toEqual(Array.from(dataset.values.subarray(7 * 16, 8 * 16)));
    expect(first.label).toBe(dataset.labels[10]);
  });

  it('runs inside the walk-forward with the same rows as the other models, predicting from history', async () => {
    const trainer = sequenceTrainer(async (_samples, options) => sumOfReturnsModel(options.lookback), { lookback: 2 });
    const result = await walkForwardTrain(dataset, [trainer], { folds: 2 });
    // Two bars of mean reversion summed: well above chance for a 3-bar horizon? At least above the majority class.
    expect(result.models[0].metrics.predictions).toBeGreaterThan(400);
    expect(result.models[0].metrics.accuracy).toBeGreaterThan(result.models[0].metrics.majorityBaseline);
  });

  it('keeps only the most recent maxSamples', async () => {
    let count = 0;
    const trainer = sequenceTrainer(
      async (samples, options) => {
        count = samples.length;
        return sumOfReturnsModel(options.lookback);
      },
      { lookback: 3, maxSamples: 25 },
    );
    await trainer.train(dataset, { fit: Int32Array.from({ length: 100 }, (_, i) => 20 + i), calibration: new Int32Array(0) });
    expect(count).toBe(25);
  });
});
