import type { BarHistory } from '../series/bar-history.js';
import type { Bar } from '../series/bar.js';
import type { BarColumns } from '../series/bar-series.js';
import type { FeatureReader, FeatureRequest } from './feature-request.js';
import { IndicatorSlot } from './features/indicator-slot.js';
import { FeatureSet, type FeatureSetOptions } from './feature-set.js';
import type { PlannedSlot } from './features/program/compile-features.js';
import type { FeatureProgram } from './features/program/feature-program.js';
import { StateBarHistory } from './features/program/state-bar-history.js';

/** A feature without a plan: its own indicator and ring. */
interface OwnSlot {
  readonly history: number;
  readonly indicator: IndicatorSlot;
}

/** Options of {@link FeatureStore}. */
export type FeatureStoreOptions = FeatureSetOptions;

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
  private readonly memoSize: number;
  // Values computed on read, by feature and bar (see `get`); made on the first read, so symbols only
  // pushed (a live engine between signals) carry none.
  private memoBars: Float64Array | null = null;
  private memoValues: unknown[] = [];
  private count = 0;

  /** A store of `requests`, or of a set compiled beforehand (then `options` are the set's). */
  constructor(requests: Iterable<FeatureRequest<unknown>> | FeatureSet, options: FeatureStoreOptions = {}) {
    const set = requests instanceof FeatureSet ? requests : new FeatureSet(requests, options);
    const compiled = set.compiled;
    this.program = compiled.program;
    this.planned = compiled.views;
    this.state = compiled.program.newState();
    this.memoSize = compiled.memoSize;
    this.bars = compiled.bars ? new StateBarHistory(this.state, compiled.bars) : NO_BARS;
    for (const request of set.features) {
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

  /** Feeds bar `index` of `columns` to every feature; a Bar object is only made when an own indicator needs one. */
  updateFrom(columns: BarColumns, index: number): void {
    if (this.indicators.length > 0) {
      const { time, open, high, low, close, volume } = columns;
      return this.update({ time: time[index], open: open[index], high: high[index], low: low[index], close: close[index], volume: volume[index] });
    }
    this.count++;
    this.program.runFrom(this.state, columns, index);
  }

  get<T>(request: FeatureRequest<T>, ago = 0): T | null {
    // Slots are created from requests with this key, whose values are of type T.
    const planned = this.planned.get(request.key);
    if (planned) {
      if (!(ago >= 0 && ago < planned.history && ago < this.count)) return null;
      // A planned value depends only on the bars up to its own bar, so it is computed once per bar:
      // what an agent reads `ago` bars back is what was read on that bar (crossovers read 0 and 1
      // each bar, and some values are scans of a window). Entries are keyed by the bar's number.
      const bar = this.count - ago;
      const slot = planned.memoOffset + (bar % planned.history);
      const memoBars = (this.memoBars ??= this.newMemo());
      if (memoBars[slot] === bar) return this.memoValues[slot] as T | null;
      const value = planned.view(this.state, ago);
      memoBars[slot] = bar;
      this.memoValues[slot] = value;
      return value as T | null;
    }
    const own = this.own.get(request.key);
    if (!own) throw new Error(`feature ${request.key} was not requested by any active agent`);
    return ago >= 0 && ago < own.history && ago < this.count ? (own.indicator.at(ago) as T | null) : null;
  }

  private newMemo(): Float64Array {
    this.memoValues = new Array<unknown>(this.memoSize).fill(null);
    return new Float64Array(this.memoSize);
  }

  /** Returns every feature to its initial state and forgets the bars. */
  reset(): void {
    this.program.reset(this.state);
    this.memoBars = null;
    for (const indicator of this.indicators) indicator.reset();
    this.count = 0;
  }
}
