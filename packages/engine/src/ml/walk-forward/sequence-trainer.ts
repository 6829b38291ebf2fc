import type { SequenceModelTrainer, SequenceSample } from '../models/direction-model.js';
import { featureRow } from '../models/labelled-rows.js';
import { historyOf, type DirectionDataset } from './direction-dataset.js';
import type { DirectionModelTrainer } from './direction-model-trainer.js';

/** Options of {@link sequenceTrainer}. */
export interface SequenceTrainerOptions {
  /** Feature vectors per sample, the current one included. Default 20. */
  readonly lookback?: number;
  /** Most recent samples a training uses (a CPU LSTM is slow; older samples are dropped first). Default 20000. */
  readonly maxSamples?: number;
  readonly seed?: number;
  /** The model kind the trainer produces. Default 'lstm'. */
  readonly kind?: string;
}

/**
 * Wraps an injected sequence-model trainer (the tfjs LSTM) as a {@link DirectionModelTrainer}: its
 * samples are the training rows' last `lookback` vectors, in time order, so the trainer's own
 * validation tail (its calibration slice) is the most recent data.
 */
export function sequenceTrainer(train: SequenceModelTrainer, options: SequenceTrainerOptions = {}): DirectionModelTrainer {
  const lookback = options.lookback ?? 20;
  const maxSamples = options.maxSamples ?? 20_000;
  if (!Number.isInteger(lookback) || lookback < 1) throw new RangeError(`lookback must be an integer >= 1, got ${lookback}`);
  if (!Number.isInteger(maxSamples) || maxSamples < 1) throw new RangeError(`maxSamples must be an integer >= 1, got ${maxSamples}`);
  return {
    kind: options.kind ?? 'lstm',
    historyLength: lookback - 1,
    train: (dataset: DirectionDataset, rows) => {
      const all = Int32Array.from([...rows.fit, ...rows.calibration]).sort((a, b) => dataset.time[a] - dataset.time[b] || a - b);
      const samples: SequenceSample[] = [];
      const symbols = new Set<number>();
      for (const row of all.subarray(Math.max(0, all.length - maxSamples))) {
        const history = historyOf(dataset, row, lookback - 1);
        if (history === null) continue;
        samples.push({ sequence: [...history, featureRow(dataset, row)], label: dataset.labels[row] === 1 ? 1 : 0 });
        symbols.add(dataset.symbolIndex[row]);
      }
      return train(samples, { lookback, seed: options.seed ?? 1, validationGap: (dataset.horizon - 1) * symbols.size });
    },
  };
}
