import type { StreamingIndicator } from '../../indicators/indicator.js';
import { assertPeriod } from '../../indicators/support/assert-period.js';
import { RollingMaximum } from '../../indicators/support/rolling-extremes.js';
import type { Bar } from '../../series/bar.js';
import { defineFeature, type FeaturePlan, type FeatureRequest } from '../feature-request.js';
import { closePeak, closePeakAge, closePeakNode, closesSeen, latestPositiveClose } from '../features/program/close-peak-op.js';

/** Decline of the close from its highest close over the window. */
export interface DrawdownValue {
  /** close / peak - 1: 0 at a new high, -0.25 for 25 % below the peak. */
  readonly drawdown: number;
  readonly peak: number;
  /** Bars since the peak close (0 at a new high). */
  readonly barsSincePeak: number;
}

/**
 * Drawdown from the rolling maximum close of the last `window` bars (current included), on the
 * shared monotonic-deque RollingMaximum (amortised O(1) per bar), not a scan of the window.
 */
export class RollingDrawdown implements StreamingIndicator<Bar, DrawdownValue> {
  readonly lookback: number;
  value: DrawdownValue | null = null;
  private readonly maximum: RollingMaximum;

  constructor(window: number) {
    assertPeriod('window', window);
    this.lookback = window - 1;
    this.maximum = new RollingMaximum(window);
  }

  update(bar: Bar): DrawdownValue | null {
    const close = bar.close;
    if (!(close > 0)) return this.value;
    const peak = this.maximum.update(close);
    if (!this.maximum.isFull) return null;
    this.value = { drawdown: close / peak - 1, peak, barsSincePeak: this.maximum.age };
    return this.value;
  }

  reset(): void {
    this.maximum.reset();
    this.value = null;
  }
}

/** The feature program's DRAWDOWN: the peak is brought up to date when an agent reads it (no work per bar). */
function drawdownPlan(window: number): FeaturePlan<DrawdownValue> {
  return (builder, history) => {
    if (history > 1) return null;
    const node = closePeakNode(builder, window);
    return (s) => {
      if (closesSeen(s, node.base) < window) return null;
      const age = closePeakAge(s, node.base);
      const peak = closePeak(s, node.base);
      return { drawdown: latestPositiveClose(s, node.base) / peak - 1, peak, barsSincePeak: age };
    };
  };
}

/** Feature `DRAWDOWN(window)`. */
export function drawdownFeature(window: number): FeatureRequest<DrawdownValue> {
  return defineFeature(`DRAWDOWN(${window})`, () => new RollingDrawdown(window), 1, drawdownPlan(window));
}
