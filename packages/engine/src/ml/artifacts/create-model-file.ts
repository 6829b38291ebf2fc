import type { Timeframe } from '../../series/timeframe.js';
import { DIRECTION_FEATURE_NAMES } from '../features/direction-feature-names.js';
import type { TrainedDirectionModel } from '../walk-forward/walk-forward-train.js';
import { contentHash } from './content-hash.js';
import { MODEL_FILE_FORMAT, MODEL_FILE_FORMAT_VERSION, type ModelFile } from './model-file.js';

/** What a model file records besides the trained model. */
export interface ModelFileContext {
  /** The symbol trained on, or ANY_SYMBOL. */
  readonly symbol: string;
  readonly timeframe: Timeframe;
  readonly horizon: number;
  /** Symbols whose bars were pooled. */
  readonly symbols: number;
  readonly trainedAt: Date;
}

function compactTime(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/** The model file of a trained model; its version is the training time and a hash of its weights and record. */
export function createModelFile(trained: TrainedDirectionModel, context: ModelFileContext): ModelFile {
  const model = trained.model.toArtifact();
  const range = trained.trainedRange;
  const body = {
    kind: trained.kind,
    symbol: context.symbol,
    timeframe: context.timeframe,
    horizon: context.horizon,
    featureNames: [...DIRECTION_FEATURE_NAMES],
    trainedAt: context.trainedAt.toISOString(),
    trainedRange: {
      from: new Date(range.from).toISOString(),
      to: new Date(range.to).toISOString(),
      labelEnd: new Date(range.labelEnd).toISOString(),
      rows: range.rows,
      symbols: context.symbols,
    },
    metrics: trained.metrics,
    folds: trained.folds,
    model,
  };
  const version = `${compactTime(context.trainedAt)}-${contentHash(JSON.stringify(body))}`;
  return { format: MODEL_FILE_FORMAT, formatVersion: MODEL_FILE_FORMAT_VERSION, version, ...body };
}

/** A file name for the model: kind, symbol ('all' for a pooled model), timeframe, horizon and version. */
export function modelFileName(file: Pick<ModelFile, 'kind' | 'symbol' | 'timeframe' | 'horizon' | 'version'>): string {
  const symbol = file.symbol === '*' ? 'all' : file.symbol.replace(/[^A-Za-z0-9._-]/g, '_');
  return `${file.kind}.${symbol}.${file.timeframe}.h${file.horizon}.${file.version}.json`;
}
