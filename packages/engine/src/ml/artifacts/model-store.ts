import type { Timeframe } from '../../series/timeframe.js';
import { DIRECTION_FEATURE_NAMES } from '../features/direction-feature-names.js';
import type { DirectionModel } from '../models/direction-model.js';
import { directionModelFromArtifact, type ModelLoaders } from '../models/direction-model-from-artifact.js';
import { ANY_SYMBOL, ModelFileError, type ModelFile, type ModelHeader } from './model-file.js';

/** A model ready to predict, with its file's header (version, horizon, out-of-sample metrics). */
export interface StoredModel {
  readonly header: ModelHeader;
  readonly model: DirectionModel;
}

/** Where agents find trained models: the symbol's own, else the pooled one (ANY_SYMBOL). */
export interface ModelStore {
  get(kind: string, symbol: string, timeframe: Timeframe): StoredModel | undefined;
}

/** A store holding no model: every ML agent abstains. */
export const EMPTY_MODEL_STORE: ModelStore = Object.freeze({ get: () => undefined });

/** Rebuilds a parsed model file's model; throws a ModelFileError when its features are not this build's or the weights are bad. */
export function loadModelFile(file: ModelFile, loaders: ModelLoaders = {}, source = 'model file'): StoredModel {
  const names = DIRECTION_FEATURE_NAMES as readonly string[];
  if (file.featureNames.length !== names.length || file.featureNames.some((name, i) => name !== names[i])) {
    throw new ModelFileError(`${source}: trained on features [${file.featureNames.join(', ')}], this build computes [${names.join(', ')}]; retrain with goldensignals train`);
  }
  try {
    const { model: _model, ...header } = file;
    return { header, model: directionModelFromArtifact(file.model, loaders) };
  } catch (error) {
    throw new ModelFileError(`${source}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Models in memory, by kind, symbol and timeframe; of several for the same key the latest trained is kept. */
export class InMemoryModelStore implements ModelStore {
  private readonly models = new Map<string, StoredModel>();

  constructor(models: Iterable<StoredModel> = []) {
    for (const model of models) this.add(model);
  }

  /** Adds a model; returns false (keeping the other) when one trained later is already held for its key. */
  add(stored: StoredModel): boolean {
    const key = InMemoryModelStore.key(stored.header.kind, stored.header.symbol, stored.header.timeframe);
    const held = this.models.get(key);
    if (held && held.header.trainedAt > stored.header.trainedAt) return false;
    this.models.set(key, stored);
    return true;
  }

  get(kind: string, symbol: string, timeframe: Timeframe): StoredModel | undefined {
    return this.models.get(InMemoryModelStore.key(kind, symbol, timeframe)) ?? this.models.get(InMemoryModelStore.key(kind, ANY_SYMBOL, timeframe));
  }

  /** Every model held. */
  list(): StoredModel[] {
    return [...this.models.values()];
  }

  private static key(kind: string, symbol: string, timeframe: Timeframe): string {
    return `${kind}\u0000${symbol}\u0000${timeframe}`;
  }
}
