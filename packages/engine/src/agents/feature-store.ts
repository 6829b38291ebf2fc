import type { BarHistory } from '../series/bar-history.js';
import type { Bar } from '../series/bar.js';
import type { FeatureReader, FeatureRequest } from './feature-request.js';
import { IndicatorSlot } from './features/indicator-slot.js';
import { compileFeatures, type DistinctFeature, type PlannedSlot } from './features/program/compile-features.js';
import type { FeatureProgram } from './features/program/feature-program.js';
import { StateBarHistory } from './features/program/state-bar-history.js';

/** A feature without a plan: its own indicator and ring. */
interface OwnSlot {
  readonly history: number;
  readonly indicator: IndicatorSlot;
}

/** Options of {@link FeatureStore}. */
export interface FeatureStoreOptions {
  /** Bars to keep readable through `bars` (default 0: none). */
  readonly barHistory?: number;
}

const NO_BARS: BarHistory = {
  length: 0,
  time: () => NaN,
  open: () => NaN,
  high: () => NaN,
  low: () => NaN,
  close: () => NaN,
  volume: () => NaN,
};

/**
 * Per-symbol store of every feature the active agents requested, each computed once per bar no
 * matter how many agents read it, with the last `history` values readable.
 *
 * Features with a plan (the standard ones) run inside one compiled feature program: their
 * computations are shared where they overlap (one true range and one ATR per period, one set of
 * window sums per SMA/BBANDS/ZSCORE period, one extreme tracker per window, ...), all their state
 * lives in one Float64Array per symbol, and values that are cheap to derive or only needed when an
 * agent reads them (ranks, quantiles, channel scans) are computed on `get`. The same state keeps
 * the recent bars (`bars`). Other features run their own indicator.
 */
export class FeatureStore implements FeatureReader {
  /** The last `barHistory` bars (empty when none were asked for). */
  readonly bars: BarHistory;
  /** The planned features' views, shared by every store of the same program. */
  private readonly planned: ReadonlyMap<string, PlannedSlot>;
  private readonly own = new Map<string, OwnSlot>();
  private readonly indicators: IndicatorSlot[] = [];
  private readonly program: FeatureProgram;
  private readonly state: Float64Array;
  private count = 0;

  constructor(requests: Iterable<FeatureRequest<unknown>>, options: FeatureStoreOptions = {}) {
    // One entry per key: the longest history asked for; equal keys are equal computations.
    const merged = new Map<string, DistinctFeature>();
    for (const request of requests) {
      const known = merged.get(request.key);
      if (!known) merged.set(request.key, { key: request.key, history: request.history, plan: request.plan, create: () => request.create() });
      else if (known.history < request.history) merged.set(request.key, { ...known, history: request.history });
    }
    const compiled = compileFeatures([...merged.values()], options.barHistory ?? 0);
    this.program = compiled.program;
    this.planned = compiled.views;
    this.state = compiled.program.newState();
    this.bars = compiled.bars ? new StateBarHistory(this.state, compiled.bars) : NO_BARS;
    for (const request of merged.values()) {
      if (this.planned.has(request.key)) continue;
      const indicator = new IndicatorSlot(request.create(), request.history);
      this.indicators.push(indicator);
      this.own.set(request.key, { history: request.history, indicator });
    }
  }

  /** Number of distinct features computed per bar. */
  get size(): number {
    return this.planned.size + this.own.size;
  }

  /** Doubles of program state this symbol holds (its features' numeric state and the bars). */
  get stateSize(): number {
    return this.state.length;
  }

  /** Feeds the bar to every feature. */
  update(bar: Bar): void {
    this.count++;
    this.program.run(this.state, bar);
    const indicators = this.indicators;
    for (let i = 0; i < indicators.length; i++) indicators[i].update(bar);
  }

  get<T>(request: FeatureRequest<T>, ago = 0): T | null {
    // Slots are created from requests with this key, whose values are of type T.
    const planned = this.planned.get(request.key);
    if (planned) return ago >= 0 && ago < planned.history && ago < this.count ? (planned.view(this.state, ago) as T | null) : null;
    const own = this.own.get(request.key);
    if (!own) throw new Error(`feature ${request.key} was not requested by any active agent`);
    return ago >= 0 && ago < own.history && ago < this.count ? (own.indicator.at(ago) as T | null) : null;
  }

  /** Returns every feature to its initial state and forgets the bars. */
  reset(): void {
    this.program.reset(this.state);
    for (const indicator of this.indicators) indicator.reset();
    this.count = 0;
  }
}
