import type { StreamingIndicator } from '../../indicators/indicator.js';
import { assertPeriod } from '../../indicators/support/assert-period.js';
import type { Bar } from '../../series/bar.js';
import { defineFeature, type FeaturePlan, type FeatureRequest } from '../feature-request.js';
import { oneBarReturnsNode, oneBarReturnsSeen, returnsRing, sortedReturns } from '../features/program/one-bar-returns-op.js';
import { smallestValues } from '../features/program/smallest-values.js';
import { SortedWindow } from './sorted-window.js';

/** One-bar loss levels as positive fractions of the position (0.03 = a 3 % loss). */
export interface ValueAtRiskValue {
  readonly valueAtRisk: number;
  /** Mean loss of the tail beyond (and including) the VaR scenario: CVaR / expected shortfall. */
  readonly expectedShortfall: number;
}

/**
 * Historical-simulation VaR and expected shortfall of one-bar simple returns over the last `window`
 * bars. With n scenarios and tail probability α = 1 - confidence, VaR is the k-th worst loss and ES
 * the mean of the k worst, k = ceil(n·α) (the convention of Hull's historical-simulation examples:
 * 500 scenarios at 99 % -> the 5th worst loss). O(log n) per bar plus an O(k) tail sum.
 */
export class HistoricalValueAtRisk implements StreamingIndicator<Bar, ValueAtRiskValue> {
  readonly lookback: number;
  value: ValueAtRiskValue | null = null;
  private readonly returns: SortedWindow;
  private readonly tailCount: number;
  private previousClose = NaN;

  constructor(window: number, confidence: number) {
    assertPeriod('window', window, 2);
    if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
    this.returns = new SortedWindow(window);
    this.tailCount = tailCountOf(window, confidence);
    this.lookback = window;
  }

  update(bar: Bar): ValueAtRiskValue | null {
    const close = bar.close;
    if (!(close > 0)) return this.value;
    const previous = this.previousClose;
    this.previousClose = close;
    if (Number.isNaN(previous)) return null;
    this.returns.push(close / previous - 1);
    if (this.returns.size < this.returns.capacity) return null;
    const k = this.tailCount;
    this.value = { valueAtRisk: -this.returns.at(k - 1), expectedShortfall: -this.returns.sumSmallest(k) / k };
    return this.value;
  }

  reset(): void {
    this.returns.clear();
    this.previousClose = NaN;
    this.value = null;
  }
}

/** Scenarios in the tail, k = ceil(n·α). */
function tailCountOf(window: number, confidence: number): number {
  // Subtract a hair so that e.g. 250 × 0.05 = 12.500000000000002 still rounds to 13, not 14.
  return Math.max(1, Math.ceil(window * (1 - confidence) - 1e-9));
}

/**
 * The feature program's VAR: no work per bar; the returns are computed when an agent reads it, and
 * kept sorted while it reads every bar (otherwise their tail is selected by a scan).
 */
function valueAtRiskPlan(window: number, confidence: number): FeaturePlan<ValueAtRiskValue> {
  const k = tailCountOf(window, confidence);
  return (builder, history) => {
    if (history > 1) return null;
    const node = oneBarReturnsNode(builder, window);
    return (s) => {
      if (oneBarReturnsSeen(s, node.base) < window) return null;
      const sorted = sortedReturns(s, node.base);
      let tail: Float64Array = s;
      let first = sorted;
      if (sorted < 0) {
        tail = smallestValues(s, returnsRing(node.base), window, k);
        first = 0;
      }
      // SortedWindow.sumSmallest's order: ascending from the worst.
      let sum = 0;
      for (let i = 0; i < k; i++) sum += tail[first + i];
      return { valueAtRisk: -tail[first + k - 1], expectedShortfall: -sum / k };
    };
  };
}

/** Feature `VAR(window,confidence)`. */
export function valueAtRiskFeature(window: number, confidence: number): FeatureRequest<ValueAtRiskValue> {
  return defineFeature(`VAR(${window},${confidence})`, () => new HistoricalValueAtRisk(window, confidence), 1, valueAtRiskPlan(window, confidence));
}
