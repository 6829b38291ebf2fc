import type { Bar } from '../series/bar.js';
import type { BarHistory } from '../series/bar-history.js';
import type { Timeframe } from '../series/timeframe.js';
import type { AgentContext, AgentInstance } from './agent.js';
import type { FeatureRequest } from './feature-request.js';
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

  constructor(options: SymbolAnalysisOptions) {
    this.symbol = options.symbol;
    this.timeframe = options.timeframe;
    let capacity = options.minHistory ?? 2;
    for (const agent of options.agents) capacity = Math.max(capacity, agent.historyNeeded);
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`history capacity must be a positive integer, got ${capacity}`);
    }
    const requests = options.agents.flatMap((agent) => agent.features);
    if (options.features) requests.push(...options.features);
    this.features = new FeatureStore(requests, { barHistory: capacity });
    this.history = this.features.bars;
  }

  /** Number of bars seen so far (not capped by the history capacity). */
  barCount = 0;

  /** Advances to a new closed bar. Bars must arrive in strictly increasing time. */
  push(bar: Bar): void {
    if (!(bar.time > this.lastTime)) {
      throw new RangeError(`${this.symbol}: bar at ${new Date(bar.time).toISOString()} is not after the previous bar`);
    }
    this.lastTime = bar.time;
    this.features.update(bar);
    this.barCount++;
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
