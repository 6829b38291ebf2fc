import type { Bar } from '../series/bar.js';
import type { BarColumns } from '../series/bar-series.js';
import type { BarHistory } from '../series/bar-history.js';
import type { Timeframe } from '../series/timeframe.js';
import type { AgentContext, AgentInstance } from './agent.js';
import type { FeatureRequest } from './feature-request.js';
import { FeatureSet } from './feature-set.js';
import { FeatureStore } from './feature-store.js';
import type { MarketInputs } from './market-inputs.js';

/** Options of {@link SymbolAnalysis}. */
export interface SymbolAnalysisOptions {
  readonly symbol: string;
  readonly timeframe: Timeframe;
  readonly agents: readonly AgentInstance[];
  /** Minimum bars of history to keep; the agents' own needs are added. */
  readonly minHistory?: number;
  /** Features computed besides the agents' own (e.g. the risk module's ATR); shared with theirs when the keys match. */
  readonly features?: readonly FeatureRequest<unknown>[];
}

/** The features of the agents and the extra ones, with a bar history as long as any agent needs. */
function featureSetOf(options: Omit<SymbolAnalysisOptions, 'symbol' | 'timeframe'>): FeatureSet {
  let capacity = options.minHistory ?? 2;
  for (const agent of options.agents) capacity = Math.max(capacity, agent.historyNeeded);
  if (!Number.isInteger(capacity) || capacity < 1) {
    throw new RangeError(`history capacity must be a positive integer, got ${capacity}`);
  }
  const requests = options.agents.flatMap((agent) => agent.features);
  if (options.features) requests.push(...options.features);
  return new FeatureSet(requests, { barHistory: capacity });
}

/**
 * The per-symbol state the agents read: a bounded bar history and the shared features, advanced one
 * bar at a time. The same object serves backtests (bars replayed) and live signals (bars as they
 * close), so both paths compute identical inputs.
 */
export class SymbolAnalysis {
  readonly symbol: string;
  readonly timeframe: Timeframe;
  /** The last bars (at least `minHistory` and every agent's `historyNeeded`), kept in the features' state. */
  readonly history: BarHistory;
  readonly features: FeatureStore;
  private lastTime = -Infinity;

  /**
   * Makes analyses of the same agents and features for any symbol, with the features merged and
   * compiled once (an engine follows many symbols with one set of agents).
   */
  static factory(options: Omit<SymbolAnalysisOptions, 'symbol' | 'timeframe'>): (symbol: string, timeframe: Timeframe) => SymbolAnalysis {
    const set = featureSetOf(options);
    return (symbol, timeframe) => new SymbolAnalysis({ ...options, symbol, timeframe }, set);
  }

  /** An analysis of `options`; `set` is the features compiled for them, when already made (see `factory`). */
  constructor(options: SymbolAnalysisOptions, set: FeatureSet = featureSetOf(options)) {
    this.symbol = options.symbol;
    this.timeframe = options.timeframe;
    this.features = new FeatureStore(set);
    this.history = this.features.bars;
  }

  /** Number of bars seen so far (not capped by the history capacity). */
  barCount = 0;

  /** Advances to a new closed bar. Bars must arrive in strictly increasing time. */
  push(bar: Bar): void {
    this.checkTime(bar.time);
    this.features.update(bar);
    this.barCount++;
  }

  /** Advances to bar `index` of `columns` (the same as pushing that bar, without making a Bar object). */
  pushFrom(columns: BarColumns, index: number): void {
    this.checkTime(columns.time[index]);
    this.features.updateFrom(columns, index);
    this.barCount++;
  }

  private checkTime(time: number): void {
    if (!(time > this.lastTime)) {
      throw new RangeError(`${this.symbol}: bar at ${Number.isFinite(time) ? new Date(time).toISOString() : String(time)} is not after the previous bar`);
    }
    this.lastTime = time;
  }

  /** The context agents analyse for the current bar. */
  context(inputs: MarketInputs = {}): AgentContext {
    return { symbol: this.symbol, timeframe: this.timeframe, bars: this.history, features: this.features, inputs };
  }

  /** Forgets all bars and feature state. */
  reset(): void {
    this.features.reset();
    this.lastTime = -Infinity;
    this.barCount = 0;
  }
}
