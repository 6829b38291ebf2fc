import type { Timeframe } from '../../series/timeframe.js';
import { createModelFile } from '../artifacts/create-model-file.js';
import { ANY_SYMBOL, type ModelFile } from '../artifacts/model-file.js';
import type { SequenceModelTrainer } from '../models/direction-model.js';
import type { CalibrationMethod } from '../models/probability-calibration.js';
import { directionDatasetOf, type SymbolBars } from '../walk-forward/direction-dataset.js';
import { gradientBoostedTreesTrainer, logisticRegressionTrainer, type DirectionModelTrainer } from '../walk-forward/direction-model-trainer.js';
import { sequenceTrainer } from '../walk-forward/sequence-trainer.js';
import { walkForwardTrain, type WalkForwardProgress } from '../walk-forward/walk-forward-train.js';

/** The model kinds the framework trains itself, and the sequence kind it trains with an injected trainer. */
export const TRAINABLE_MODEL_KINDS = ['logistic-regression', 'gradient-boosted-trees', 'lstm'] as const;

/** Options of {@link trainDirectionModels}. */
export interface TrainDirectionModelsOptions {
  readonly timeframe: Timeframe;
  /** Base model kinds to train (see TRAINABLE_MODEL_KINDS). */
  readonly kinds: readonly string[];
  /** Also stack them into an ensemble. */
  readonly ensemble: boolean;
  /** Default 5. */
  readonly horizon?: number;
  /** Walk-forward test windows. Default 6. */
  readonly folds?: number;
  /** Default 'platt'. */
  readonly calibration?: CalibrationMethod;
  /** Only bars before this time (epoch ms) are read. */
  readonly until?: number;
  /** Needed for the 'lstm' kind. */
  readonly sequence?: { readonly trainer: SequenceModelTrainer; readonly maxSamples?: number; readonly lookback?: number };
  readonly onProgress?: (progress: WalkForwardProgress) => void;
  /** Training time written into the files. Default now. */
  readonly now?: Date;
}

/** What {@link trainDirectionModels} produced. */
export interface TrainedDirectionModels {
  /** One model file per kind (the ensemble last), not yet stored. */
  readonly files: readonly ModelFile[];
  /** Bars with a feature vector. */
  readonly rows: number;
}

function trainerOf(kind: string, options: TrainDirectionModelsOptions): DirectionModelTrainer {
  const calibration = options.calibration ?? 'platt';
  if (kind === 'logistic-regression') return logisticRegressionTrainer({ calibration });
  if (kind === 'gradient-boosted-trees') return gradientBoostedTreesTrainer({ calibration });
  if (kind === 'lstm') {
    if (!options.sequence) throw new RangeError('the lstm model needs a sequence-model trainer');
    return sequenceTrainer(options.sequence.trainer, { maxSamples: options.sequence.maxSamples, lookback: options.sequence.lookback });
  }
  throw new RangeError(`cannot train model kind "${kind}"; trainable kinds: ${TRAINABLE_MODEL_KINDS.join(', ')}`);
}

/**
 * Trains direction models walk-forward on the symbols' bars pooled (one model for every symbol),
 * and returns their versioned model files with the out-of-sample metrics: what `goldensignals train`
 * and a server training job both run.
 */
export async function trainDirectionModels(series: readonly SymbolBars[], options: TrainDirectionModelsOptions): Promise<TrainedDirectionModels> {
  const trainers = options.kinds.map((kind) => trainerOf(kind, options));
  const horizon = options.horizon ?? 5;
  const dataset = directionDatasetOf(series, { horizon, until: options.until });
  if (dataset.rowCount === 0) throw new RangeError('no bar has a complete feature vector: each symbol needs more than 50 bars');
  const result = await walkForwardTrain(dataset, trainers, { folds: options.folds, ensemble: options.ensemble, onProgress: options.onProgress });
  const context = { symbol: ANY_SYMBOL, timeframe: options.timeframe, horizon, symbols: series.length, trainedAt: options.now ?? new Date() };
  return { files: result.models.map((trained) => createModelFile(trained, context)), rows: dataset.rowCount };
}
