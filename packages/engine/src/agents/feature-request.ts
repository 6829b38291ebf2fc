import type { Bar } from '../series/bar.js';
import type { StreamingIndicator } from '../indicators/indicator.js';
import type { FeaturePlan } from './features/program/feature-program-builder.js';

export type { FeaturePlan } from './features/program/feature-program-builder.js';

/**
 * A streaming indicator an agent needs, identified by `key` so agents asking for the same
 * computation (e.g. `RSI(14)`) share one instance per symbol. `history` is how many recent values
 * the agent reads back (2 is enough to detect a cross).
 */
export interface FeatureRequest<T> {
  readonly key: string;
  readonly history: number;
  create(): StreamingIndicator<Bar, T>;
  /**
   * The same values computed inside the symbol's feature program (shared sub-computations, one
   * state array, values built when read). Optional: without it the store runs `create()`'s indicator.
   */
  readonly plan?: FeaturePlan<T>;
}

/**
 * Declares a feature. Use the indicator's canonical name and parameters as the key. A `plan` must
 * give exactly the values `create()` gives, bar for bar.
 */
export function defineFeature<T>(key: string, create: () => StreamingIndicator<Bar, T>, history = 2, plan?: FeaturePlan<T>): FeatureRequest<T> {
  if (!Number.isInteger(history) || history < 1) {
    throw new RangeError(`feature ${key}: history must be a positive integer, got ${history}`);
  }
  return plan ? { key, history, create, plan } : { key, history, create };
}

/** Read access to feature values by how many bars ago; `null` during warm-up or beyond the kept history. */
export interface FeatureReader {
  get<T>(request: FeatureRequest<T>, ago?: number): T | null;
}
