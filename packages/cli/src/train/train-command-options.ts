import type { BarFileCommandOptions } from '../io/index.js';

/** The options of `goldensignals train` as commander hands them over. */
export interface TrainCommandOptions extends BarFileCommandOptions {
  readonly data: string;
  /** Comma-separated symbols to train on (default: all). */
  readonly symbols?: string;
  /** Comma-separated model names: lr, gbt, lstm, ensemble. */
  readonly models?: string;
  readonly horizon?: number;
  readonly out?: string;
  readonly json?: boolean;
  readonly folds?: number;
  readonly calibration?: string;
  /** YYYY-MM-DD: train only on bars before this date (so `evaluate --split-date` tests out of sample). */
  readonly until?: string;
  readonly maxSequenceSamples?: number;
}
