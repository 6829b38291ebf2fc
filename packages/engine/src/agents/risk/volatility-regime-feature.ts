import type { StreamingIndicator } from '../../indicators/indicator.js';
import { assertPeriod } from '../../indicators/support/assert-period.js';
import type { Bar } from '../../series/bar.js';
import { defineFeature, type FeaturePlan, type FeatureRequest } from '../feature-request.js';
import {
  latestVolatility,
  volatilityMedian,
  volatilityPercentile,
  volatilityRegimeNode,
  volatilityRegimeReady,
} from '../features/program/volatility-regime-op.js';
import { ReturnVolatility } from './return-volatility.js';
import { SortedWindow } from './sorted-window.js';

/** Current return volatility and where it ranks among its own recent values. */
export interface VolatilityRegimeValue {
  /** Per-bar standard deviation of log returns over the volatility period. */
  readonly volatility: number;
  /** Mid-rank percentile (0..1, 1 = highest) of the current volatility among the last `window` values. */
  readonly percentile: number;
  /** Median volatility over the window. */
  readonly median: number;
}

/** RETVOL(volatilityPeriod) ranked within its last `window` values; O(log window) per bar plus a short memmove. */
export class VolatilityRegime implements StreamingIndicator<Bar, VolatilityRegimeValue> {
  readonly lookback: number;
  value: VolatilityRegimeValue | null = null;
  private readonly volatility: ReturnVolatility;
  private readonly history: SortedWindow;

  constructor(volatilityPeriod: number, window: number) {
    assertPeriod('window', window, 2);
    this.volatility = new ReturnVolatility(volatilityPeriod);
    this.history = new SortedWindow(window);
    this.lookback = volatilityPeriod + window - 1;
  }

  update(bar: Bar): VolatilityRegimeValue | null {
    // ReturnVolatility skips a bar with a non-positive close; skip it here too rather than rank its value twice.
    if (!(bar.close > 0)) return this.value;
    const volatility = this.volatility.update(bar);
    if (volatility === null) return null;
    this.history.push(volatility);
    if (this.history.size < this.history.capacity) return null;
    this.value = { volatility, percentile: this.history.percentileOf(volatility), median: this.history.median() };
    return this.value;
  }

  reset(): void {
    this.volatility.reset();
    this.history.clear();
    this.value = null;
  }
}

/** The feature program's VOLREGIME: volatilities kept per bar, ranked only when an agent reads them. */
function volatilityRegimePlan(volatilityPeriod: number, window: number): FeaturePlan<VolatilityRegimeValue> {
  return (builder, history) => {
    if (history > 1) return null;
    const node = volatilityRegimeNode(builder, volatilityPeriod, window);
    return (s) => {
      if (!volatilityRegimeReady(s, node.base)) return null;
      return { volatility: latestVolatility(s, node.base), percentile: volatilityPercentile(s, node.base), median: volatilityMedian(s, node.base) };
    };
  };
}

/** Feature `VOLREGIME(volatilityPeriod,window)`. */
export function volatilityRegimeFeature(volatilityPeriod: number, window: number): FeatureRequest<VolatilityRegimeValue> {
  return defineFeature(
    `VOLREGIME(${volatilityPeriod},${window})`,
    () => new VolatilityRegime(volatilityPeriod, window),
    1,
    volatilityRegimePlan(volatilityPeriod, window),
  );
}
