import { z } from 'zod';
import { TIMEFRAMES, type Timeframe } from '../../series/timeframe.js';
import type { ModelArtifact } from '../models/direction-model.js';
import type { DirectionMetrics } from '../walk-forward/direction-metrics.js';
import type { FoldResult } from '../walk-forward/walk-forward-train.js';

/** The `format` tag of every model file. */
export const MODEL_FILE_FORMAT = 'goldensignals-direction-model';
/** The layout version this code writes and reads. */
export const MODEL_FILE_FORMAT_VERSION = 1;
/** The symbol of a model trained on many symbols pooled, used for any symbol without its own model. */
export const ANY_SYMBOL = '*';

/** The bars a model learned from, as ISO times. */
export interface ModelTrainedRange {
  readonly from: string;
  readonly to: string;
  /** The last bar any training label read. */
  readonly labelEnd: string;
  readonly rows: number;
  readonly symbols: number;
}

/** Everything in a model file except the weights. */
export interface ModelHeader {
  readonly format: typeof MODEL_FILE_FORMAT;
  readonly formatVersion: typeof MODEL_FILE_FORMAT_VERSION;
  /** Training time and a hash of the weights, e.g. `20240131T120000Z-0a1b2c3d4e5f6071`. */
  readonly version: string;
  readonly kind: string;
  /** The symbol it was trained on, or ANY_SYMBOL for a pooled model. */
  readonly symbol: string;
  readonly timeframe: Timeframe;
  /** Bars ahead of the direction it predicts. */
  readonly horizon: number;
  readonly featureNames: readonly string[];
  readonly trainedAt: string;
  readonly trainedRange: ModelTrainedRange;
  /** Walk-forward out-of-sample metrics, measured before the final training on all rows. */
  readonly metrics: DirectionMetrics;
  readonly folds: readonly FoldResult[];
}

/** A versioned model file: the header and the model's artifact. */
export interface ModelFile extends ModelHeader {
  readonly model: ModelArtifact;
}

const iso = z.string().refine((text) => !Number.isNaN(Date.parse(text)), 'must be an ISO date-time');
const nullableNumber = z.number().nullable();
// JSON turns NaN (an empty fold, say) into null.
const metric = z.number().nullable().transform((value) => value ?? NaN);

const metricsSchema = z.strictObject({
  predictions: z.number().int().min(0),
  accuracy: metric,
  logLoss: metric,
  brier: metric,
  upShare: metric,
  majorityBaseline: metric,
  trainMajorityBaseline: metric,
  baseRateLogLoss: metric,
  calibration: z.array(z.strictObject({ from: z.number(), to: z.number(), count: z.number().int().min(0), meanPredicted: nullableNumber, observedUp: nullableNumber })),
});

const foldSchema = z.strictObject({
  fold: z.number().int().min(0),
  testFrom: z.number(),
  testTo: z.number(),
  trainRows: z.number().int().min(0),
  testRows: z.number().int().min(0),
  accuracy: metric,
  majorityBaseline: metric,
});

/** Schema of a {@link ModelFile}; the model artifact is checked by its loader. */
export const modelFileSchema = z.strictObject({
  format: z.literal(MODEL_FILE_FORMAT),
  formatVersion: z.literal(MODEL_FILE_FORMAT_VERSION),
  version: z.string().min(1),
  kind: z.string().min(1),
  symbol: z.string().min(1),
  timeframe: z.enum(TIMEFRAMES),
  horizon: z.number().int().min(1),
  featureNames: z.array(z.string()).min(1),
  trainedAt: iso,
  trainedRange: z.strictObject({ from: iso, to: iso, labelEnd: iso, rows: z.number().int().min(0), symbols: z.number().int().min(0) }),
  metrics: metricsSchema,
  folds: z.array(foldSchema),
  model: z.looseObject({ kind: z.string() }),
});

/** Error reading a model file: the message names the file's problem. */
export class ModelFileError extends Error {
  readonly code = 'GS_ERR_MODEL_FILE';
  constructor(message: string) {
    super(message);
    this.name = 'ModelFileError';
  }
}

/** Parses and validates a model file's JSON text (or already parsed value); throws a ModelFileError naming the problem. */
export function parseModelFile(input: unknown, source = 'model file'): ModelFile {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new ModelFileError(`${source}: not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  if (typeof value === 'object' && value !== null && 'format' in value && value.format === MODEL_FILE_FORMAT && 'formatVersion' in value && value.formatVersion !== MODEL_FILE_FORMAT_VERSION) {
    throw new ModelFileError(`${source}: format version ${String(value.formatVersion)} is not supported (this build reads version ${MODEL_FILE_FORMAT_VERSION})`);
  }
  const parsed = modelFileSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new ModelFileError(`${source}: not a valid ${MODEL_FILE_FORMAT} file: ${problems.join('; ')}`);
  }
  if (parsed.data.model.kind !== parsed.data.kind) throw new ModelFileError(`${source}: header kind "${parsed.data.kind}" does not match the model's kind "${parsed.data.model.kind}"`);
  return parsed.data;
}
