import type { FeatureRequest } from './feature-request.js';
import { compileFeatures, type CompiledFeatures, type DistinctFeature } from './features/program/compile-features.js';

/** Options of {@link FeatureSet}. */
export interface FeatureSetOptions {
  /** Bars to keep readable through a store's `bars` (default 0: none). */
  readonly barHistory?: number;
}

/**
 * The features a set of agents asks for, merged (one per key, the longest history) and compiled once:
 * what every per-symbol FeatureStore of an engine shares. Making a store from a set costs only its
 * state, which matters when thousands of symbols are followed or a scan makes one store per symbol.
 */
export class FeatureSet {
  /** Every distinct feature, by key. */
  readonly features: readonly DistinctFeature[];
  readonly compiled: CompiledFeatures;

  constructor(requests: Iterable<FeatureRequest<unknown>>, options: FeatureSetOptions = {}) {
    // Equal keys are equal computations; the longest history asked for is kept.
    const merged = new Map<string, DistinctFeature>();
    for (const request of requests) {
      const known = merged.get(request.key);
      if (!known) merged.set(request.key, { key: request.key, history: request.history, plan: request.plan, create: () => request.create() });
      else if (known.history < request.history) merged.set(request.key, { ...known, history: request.history });
    }
    this.features = [...merged.values()];
    this.compiled = compileFeatures(this.features, options.barHistory ?? 0);
  }
}
