import type { Bar } from '../series/bar.js';
import { RollingBarHistory } from '../series/rolling-bar-history.js';
import type { Timeframe } from '../series/timeframe.js';
import type { AgentContext, AgentInstance } from './agent.js';
import { FeatureStore } from './feature-store.js';
import type { MarketInputs } from './market-inputs.js';

/** Options of {@link SymbolAnalysis}. */
export interface SymbolAnalysisOptions {
  readonly symbol: string;
  readonly timeframe: Timeframe;
  readonly agents: readonly AgentInstance[];
  /** Minimum bars of history to keep; the agents' own needs are added. */
  readonly minHistory?: number;
}

/**
 * The per-symbol state the agents read: a bounded bar history and the shared features, advanced one
 * bar at a time. The same object serves backtests (bars replayed) and live signals (bars as they
 * close), so both paths compute identical inputs.
 */
export class SymbolAnalysis {
  readonly symbol: string;
  readonly timeframe: Timeframe;
  readonly history: RollingBarHistory;
  readonly features: FeatureStore;
  private lastTime = -Infinity;

  constructor(options: SymbolAnalysisOptions) {
    this.symbol = options.symbol;
    this.timeframe = options.timeframe;
    let capacity = options.minHistory ?? 2;
    for (const agent of options.agents) capacity = Math.max(capacity, agent.historyNeeded);
    this.history = new RollingBarHistory(capacity);
    this.features = new FeatureStore(options.agents.flatMap((agent) => agent.features));
  }

  /** Number of bars seen so far (not capped by the history capacity). */
  barCount = 0;

  /** Advances to a new closed bar. Bars must arrive in strictly increasing time. */
  push(bar: Bar): void {
    if (!(bar.time > this.lastTime)) {
      throw new RangeError(`${this.symbol}: bar at ${new Date(bar.time).toISOString()} is not after the previous bar`);
    }
    this.lastTime = bar.time;
    this.history.push(bar);
    this.features.update(bar);
    this.barCount++;
  }

  /** The context agents analyse for the current bar. */
  context(inputs: MarketInputs = {}): AgentContext {
    return { symbol: this.symbol, timeframe: this.timeframe, bars: this.history, features: this.features, inputs };
  }

  /** Forgets all bars and feature state. */
  reset(): void {
    this.history.clear();
    this.features.reset();
    this.lastTime = -Infinity;
    this.barCount = 0;
  }
}
