import type { CalibrationMethod } from '@goldensignals/engine';
import type { TrainCommandOptions } from './train-command-options.js';
import { modelKindsOf } from './model-names.js';

/** What `goldensignals train` will do, checked before any file is read. */
export interface TrainPlan {
  /** Base model kinds (no 'ensemble'). */
  readonly kinds: readonly string[];
  readonly ensemble: boolean;
  readonly horizon: number;
  readonly folds: number;
  readonly calibration: CalibrationMethod;
  /** Epoch ms; bars at or after it are not read. */
  readonly until: number | undefined;
  readonly symbols: readonly string[] | undefined;
  readonly maxSequenceSamples: number;
  readonly out: string;
}

const CALIBRATIONS: readonly CalibrationMethod[] = ['platt', 'isotonic', 'none'];

/** Default output folder of the model files. */
export const DEFAULT_MODELS_FOLDER = 'models';

function integer(name: string, value: number | undefined, fallback: number, minimum: number): number {
  const result = value ?? fallback;
  if (!Number.isInteger(result) || result < minimum) throw new RangeError(`--${name} must be an integer >= ${minimum}, got ${result}`);
  return result;
}

/** The plan of `options`; `sequenceAvailable` says whether an LSTM trainer is wired. Throws a RangeError naming a bad option. */
export function trainPlanOf(options: TrainCommandOptions, sequenceAvailable: boolean): TrainPlan {
  const kinds = modelKindsOf(options.models ?? (sequenceAvailable ? 'lr,gbt,lstm,ensemble' : 'lr,gbt,ensemble'));
  if (kinds.includes('lstm') && !sequenceAvailable) throw new RangeError('the lstm model is not available in this build (no sequence-model trainer is wired); use --models lr,gbt,ensemble');
  const calibration = (options.calibration ?? 'platt') as CalibrationMethod;
  if (!CALIBRATIONS.includes(calibration)) throw new RangeError(`--calibration must be one of ${CALIBRATIONS.join(', ')}, got "${options.calibration}"`);
  let until: number | undefined;
  if (options.until !== undefined) {
    until = /^\d{4}-\d{2}-\d{2}$/.test(options.until) ? Date.parse(`${options.until}T00:00:00Z`) : NaN;
    if (Number.isNaN(until)) throw new RangeError(`--until must be a date as YYYY-MM-DD, got "${options.until}"`);
  }
  const symbols = options.symbols?.split(',').map((s) => s.trim()).filter((s) => s !== '');
  return {
    kinds: kinds.filter((kind) => kind !== 'ensemble'),
    ensemble: kinds.includes('ensemble'),
    horizon: integer('horizon', options.horizon, 5, 1),
    folds: integer('folds', options.folds, 6, 1),
    calibration,
    until,
    symbols: symbols && symbols.length > 0 ? symbols : undefined,
    maxSequenceSamples: integer('max-sequence-samples', options.maxSequenceSamples, 20_000, 1),
    out: options.out ?? DEFAULT_MODELS_FOLDER,
  };
}
