import { trainDirectionModels, type ModelFile, type SequenceModelTrainer, type WalkForwardProgress } from '@goldensignals/engine';
import type { TrainingBars } from './load-training-bars.js';
import type { TrainPlan } from './train-plan.js';

/** What a training produced. */
export interface TrainingOutcome {
  readonly files: readonly ModelFile[];
  readonly symbols: number;
  readonly rows: number;
  readonly timeframe: string;
}

/** Options of {@link runTraining}. */
export interface RunTrainingOptions {
  readonly sequence?: SequenceModelTrainer;
  readonly onProgress?: (progress: WalkForwardProgress) => void;
  /** The training time written into the files (default now). */
  readonly now?: Date;
}

/** Trains the plan's models walk-forward on the pooled bars and returns their model files (not yet written). */
export async function runTraining(bars: TrainingBars, plan: TrainPlan, options: RunTrainingOptions = {}): Promise<TrainingOutcome> {
  const { files, rows } = await trainDirectionModels(bars.series, {
    timeframe: bars.timeframe,
    kinds: plan.kinds,
    ensemble: plan.ensemble,
    horizon: plan.horizon,
    folds: plan.folds,
    calibration: plan.calibration,
    until: plan.until,
    sequence: options.sequence ? { trainer: options.sequence, maxSamples: plan.maxSequenceSamples } : undefined,
    onProgress: options.onProgress,
    now: options.now,
  });
  return { files, symbols: bars.series.length, rows, timeframe: bars.timeframe };
}
