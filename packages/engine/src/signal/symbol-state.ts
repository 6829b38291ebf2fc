import type { ConfiguredAgent } from '../agents/agent-registry.js';
import type { FeatureRequest } from '../agents/feature-request.js';
import { atrPercentileFeature } from '../agents/features/atr-percentile.js';
import { averageTrueRangeFeature } from '../agents/features/volatility-features.js';
import { SymbolAnalysis } from '../agents/symbol-analysis.js';
import type { AccuracyStream } from '../accuracy/accuracy-stream.js';
import type { AccuracyTracker } from '../accuracy/accuracy-tracker.js';
import type { RiskOptions } from '../risk/risk-options.js';
import type { Bar } from '../series/bar.js';
import type { BarColumns } from '../series/bar-series.js';
import type { Timeframe } from '../series/timeframe.js';

/** `ATR(period)` as the risk module reads it; same key, same computation as the agents' ATR feature, so it is shared. */
export function riskAtrFeature(period: number): FeatureRequest<number> {
  return averageTrueRangeFeature(period, 1);
}

/**
 * Makes the state of any symbol for these agents: their features merged and compiled once, the
 * risk module's features added, the agents' ids fixed (the tracker's streams share cells by them).
 */
export function symbolStateFactory(agents: readonly ConfiguredAgent[], tracker: AccuracyTracker, risk: RiskOptions): (symbol: string, timeframe: Timeframe) => SymbolState {
  const atrFeature = riskAtrFeature(risk.atrPeriod);
  // The percentile's ATR period is the risk ATR's: the risk options define both.
  const volatilityFeature = atrPercentileFeature(risk.atrPeriod, risk.volatilityWindow, risk.minVolatilitySamples);
  const makeAnalysis = SymbolAnalysis.factory({ agents: agents.map((agent) => agent.instance), features: [atrFeature, volatilityFeature] });
  const ids = Object.freeze(agents.map((agent) => agent.id));
  return (symbol, timeframe) => new SymbolState(makeAnalysis(symbol, timeframe), tracker.stream(symbol, timeframe, ids), atrFeature, volatilityFeature);
}

/**
 * Everything the engine keeps per symbol and timeframe, advanced once per bar without allocating.
 * The risk module's ATR and volatility percentile are features of the symbol's analysis like the
 * agents' (the ATR shared with theirs), so a bar is one pass over one state array, and the
 * percentile is only ranked when a signal asks for it.
 */
export class SymbolState {
  constructor(
    readonly analysis: SymbolAnalysis,
    readonly stream: AccuracyStream,
    private readonly atrFeature: FeatureRequest<number>,
    private readonly volatilityFeature: FeatureRequest<number>,
  ) {}

  /** Advances every per-symbol computation by one closed bar (O(1), no allocation of its own). */
  push(bar: Bar): void {
    this.analysis.push(bar);
    this.stream.observe(bar.time, bar.close);
  }

  /** `push` of bar `index` of `columns`, without making a Bar object: replays and batches read columns. */
  pushFrom(columns: BarColumns, index: number): void {
    this.analysis.pushFrom(columns, index);
    this.stream.observe(columns.time[index], columns.close[index]);
  }

  /** ATR of the current bar, `null` while it warms up. */
  get atr(): number | null {
    return this.analysis.features.get(this.atrFeature);
  }

  /**
   * Percentile (0..1) of the current bar's ATR/close within its recent history; `null` while the ATR
   * warms up or fewer than `minVolatilitySamples` values are known. O(window): call it per signal, not per bar.
   */
  volatilityPercentile(): number | null {
    return this.analysis.features.get(this.volatilityFeature);
  }
}
