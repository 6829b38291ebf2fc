import type { StreamingIndicator } from '../../../indicators/indicator.js';
import type { Bar } from '../../../series/bar.js';
import { FeatureProgram } from './feature-program.js';
import { FeatureProgramBuilder, type FeaturePlan } from './feature-program-builder.js';
import type { FeatureView } from './program-node.js';
import { barHistoryNodes, type BarHistoryNodes } from './state-bar-history.js';

/** A distinct feature of a store: its key, the history kept, how to compute it. */
export interface DistinctFeature {
  readonly key: string;
  readonly history: number;
  readonly plan?: FeaturePlan<unknown>;
  create(): StreamingIndicator<Bar, unknown>;
}

/** How to read one planned feature: its view, the history kept and where its values are memoised. */
export interface PlannedSlot {
  readonly history: number;
  readonly view: FeatureView<unknown>;
  /** First of the `history` memo entries of this feature in a store's memo (see FeatureStore). */
  readonly memoOffset: number;
}

/** The program running a store's planned features, and how to read each of them. */
export interface CompiledFeatures {
  readonly program: FeatureProgram;
  /** Planned features by key (shared by every store of the program); a key without one is computed by its own indicator. */
  readonly views: ReadonlyMap<string, PlannedSlot>;
  /** The rings of the bar history, when one was asked for. */
  readonly bars: BarHistoryNodes | null;
  /** Memo entries a store needs: the sum of the planned features' histories. */
  readonly memoSize: number;
}

// Every symbol of an engine asks for the same features, so the program is compiled once and shared
// (the state is per symbol). Equal keys mean equal computations (the feature contract), so the
// keys and histories identify a program. Bounded, oldest entry dropped first.
const CACHE_LIMIT = 64;
const cache = new Map<string, CompiledFeatures>();

/**
 * Compiles the planned features (those with a `plan`) into one program, with the last `barHistory`
 * bars kept (none for 0); the features without a plan are left out.
 */
export function compileFeatures(features: readonly DistinctFeature[], barHistory = 0): CompiledFeatures {
  const planned = features.filter((feature) => feature.plan !== undefined);
  const cacheKey = `${barHistory}\n${planned.map((feature) => `${feature.key}#${feature.history}`).join('\n')}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const builder = new FeatureProgramBuilder();
  const bars = barHistory > 0 ? barHistoryNodes(builder, barHistory) : null;
  const views = new Map<string, PlannedSlot>();
  let memoSize = 0;
  for (const feature of planned) {
    // Built once, unused: bad parameters then fail with the indicator's own error, as without a plan.
    feature.create();
    const view = feature.plan?.(builder, feature.history);
    if (!view) continue;
    views.set(feature.key, { history: feature.history, view, memoOffset: memoSize });
    memoSize += feature.history;
  }
  const compiled: CompiledFeatures = { program: new FeatureProgram(builder.build()), views, bars, memoSize };
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(cacheKey, compiled);
  return compiled;
}
