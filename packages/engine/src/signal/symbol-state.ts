import { abstain, type AgentInstance } from '../agents/agent.js';
import type { ConfiguredAgent } from '../agents/agent-registry.js';
import { defineFeature, type FeatureRequest } from '../agents/feature-request.js';
import { SymbolAnalysis } from '../agents/symbol-analysis.js';
import type { AccuracyStream } from '../accuracy/accuracy-stream.js';
import type { AccuracyTracker } from '../accuracy/accuracy-tracker.js';
import { AverageTrueRange } from '../indicators/volatility/average-true-range.js';
import { RollingPercentile } from '../risk/rolling-percentile.js';
import type { RiskOptions } from '../risk/risk-options.js';
import type { Bar } from '../series/bar.js';
import type { Timeframe } from '../series/timeframe.js';

/** `ATR(period)` as the risk module reads it; same key, same computation as the agents' ATR feature, so it is shared. */
export function riskAtrFeature(period: number): FeatureRequest<number> {
  return defineFeature(`ATR(${period})`, () => new AverageTrueRange(period), 1);
}

/**
 * SymbolAnalysis gathers features from agent instances, so the risk module's ATR joins as a
 * feature-only instance; it is never asked to analyse.
 */
function featureCarrier(features: readonly FeatureRequest<unknown>[]): AgentInstance {
  return { features, historyNeeded: 1, analyze: () => abstain('feature carrier, not an agent') };
}

/** Everything the engine keeps per symbol and timeframe, advanced once per bar without allocating. */
export class SymbolState {
  readonly analysis: SymbolAnalysis;
  readonly stream: AccuracyStream;
  /** ATR of the current bar, NaN while it warms up (a plain number field: V8 keeps it unboxed). */
  private currentAtr = NaN;
  private readonly volatility: RollingPercentile;
  private readonly minVolatilitySamples: number;
  /** Whether the newest value in `volatility` belongs to the current bar. */
  private volatilityCurrent = false;

  constructor(
    symbol: string,
    timeframe: Timeframe,
    agents: readonly ConfiguredAgent[],
    private readonly atrFeature: FeatureRequest<number>,
    tracker: AccuracyTracker,
    risk: RiskOptions,
  ) {
    const instances = agents.map((agent) => agent.instance);
    instances.push(featureCarrier([atrFeature]));
    this.analysis = new SymbolAnalysis({ symbol, timeframe, agents: instances });
    this.stream = tracker.stream(symbol, timeframe, agents.map((agent) => agent.id));
    this.volatility = new RollingPercentile(risk.volatilityWindow);
    this.minVolatilitySamples = risk.minVolatilitySamples;
  }

  /** Advances every per-symbol computation by one closed bar (O(1), no allocation of its own). */
  push(bar: Bar): void {
    this.analysis.push(bar);
    const atr = this.analysis.features.get(this.atrFeature);
    this.currentAtr = atr ?? NaN;
    const current = atr !== null && bar.close > 0;
    if (current) this.volatility.push(atr / bar.close);
    this.volatilityCurrent = current;
    this.stream.observe(bar.time, bar.close);
  }

  /** ATR of the current bar, `null` while it warms up. */
  get atr(): number | null {
    return Number.isNaN(this.currentAtr) ? null : this.currentAtr;
  }

  /**
   * Percentile (0..1) of the current bar's ATR/close within its recent history; `null` while the ATR
   * warms up or fewer than `minVolatilitySamples` values are known. O(window): call it per signal, not per bar.
   */
  volatilityPercentile(): number | null {
    if (!this.volatilityCurrent || this.volatility.size < this.minVolatilitySamples) return null;
    return this.volatility.latestPercentile();
  }
}
