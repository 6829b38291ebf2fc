import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { assertSameLength } from '../support/assert-same-length.js';
import { assertPeriod } from '../support/assert-period.js';

/**
 * Money flow index (TA-Lib MFI). Raw money flow = typical price * volume, counted as positive when
 * the typical price rose from the previous bar, negative when it fell, and in neither when it was
 * unchanged. MFI = 100 * positive / (positive + negative) over the last `period` flows, and 0 when
 * that total is below 1 (TA-Lib's zero-flow rule). Lookback = period.
 */
export class MoneyFlowIndex implements StreamingIndicator<Bar, number> {
  readonly lookback: number;
  value: number | null = null;
  private readonly period: number;
  private readonly positive: Float64Array;
  private readonly negative: Float64Array;
  private slot = 0;
  /** Bars seen, counted up to period + 1. */
  private count = 0;
  private previousTypical = 0;
  private positiveTotal = 0;
  private negativeTotal = 0;

  constructor(period = 14) {
    assertPeriod('period', period, 2);
    this.period = period;
    this.lookback = period;
    this.positive = new Float64Array(period);
    this.negative = new Float64Array(period);
  }

  update(bar: Bar): number | null {
    const typical = (bar.high + bar.low + bar.close) / 3;
    const change = typical - this.previousTypical;
    this.previousTypical = typical;
    if (this.count === 0) {
      this.count = 1;
      return null;
    }
    const flow = typical * bar.volume;
    const slot = this.slot;
    // Once the window is full the oldest flow leaves before the new one enters, as in TA-Lib.
    if (this.count > this.period) {
      this.positiveTotal -= this.positive[slot];
      this.negativeTotal -= this.negative[slot];
    } else {
      this.count++;
    }
    if (change < 0) {
      this.negative[slot] = flow;
      this.negativeTotal += flow;
      this.positive[slot] = 0;
    } else if (change > 0) {
      this.positive[slot] = flow;
      this.positiveTotal += flow;
      this.negative[slot] = 0;
    } else {
      this.positive[slot] = 0;
      this.negative[slot] = 0;
    }
    this.slot = slot + 1 === this.period ? 0 : slot + 1;
    if (this.count <= this.period) return null;
    this.value = flowRatio(this.positiveTotal, this.negativeTotal);
    return this.value;
  }

  reset(): void {
    this.positive.fill(0);
    this.negative.fill(0);
    this.slot = 0;
    this.count = 0;
    this.previousTypical = 0;
    this.positiveTotal = 0;
    this.negativeTotal = 0;
    this.value = null;
  }
}

function flowRatio(positiveTotal: number, negativeTotal: number): number {
  const total = positiveTotal + negativeTotal;
  return total < 1 ? 0 : 100 * (positiveTotal / total);
}

/** Batch money flow index; NaN during warm-up. Bit-identical to {@link MoneyFlowIndex}. */
export function moneyFlowIndex(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  volume: ArrayLike<number>,
  period = 14,
): Float64Array {
  assertPeriod('period', period, 2);
  const n = assertSameLength(['close', 'high', 'low', 'volume'], [close, high, low, volume]);
  const out = new Float64Array(n);
  out.fill(NaN, 0, Math.min(period, n));
  const positive = new Float64Array(period);
  const negative = new Float64Array(period);
  let positiveTotal = 0;
  let negativeTotal = 0;
  let slot = 0;
  let previousTypical = n > 0 ? (high[0] + low[0] + close[0]) / 3 : 0;
  for (let i = 1; i < n; i++) {
    const typical = (high[i] + low[i] + close[i]) / 3;
    const change = typical - previousTypical;
    previousTypical = typical;
    const flow = typical * volume[i];
    if (i > period) {
      positiveTotal -= positive[slot];
      negativeTotal -= negative[slot];
    }
    if (change < 0) {
      negative[slot] = flow;
      negativeTotal += flow;
      positive[slot] = 0;
    } else if (change > 0) {
      positive[slot] = flow;
      positiveTotal += flow;
      negative[slot] = 0;
    } else {
      positive[slot] = 0;
      negative[slot] = 0;
    }
    slot = slot + 1 === period ? 0 : slot + 1;
    if (i >= period) out[i] = flowRatio(positiveTotal, negativeTotal);
  }
  return out;
}
