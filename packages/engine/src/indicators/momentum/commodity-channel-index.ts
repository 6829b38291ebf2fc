import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';
import { assertSameLength } from '../support/assert-same-length.js';

/**
 * Commodity channel index (TA-Lib CCI): with TP = (high + low + close) / 3,
 * CCI = (TP - SMA(TP)) / (0.015 * mean absolute deviation of TP from that SMA), and 0 when either
 * the numerator or the deviation is exactly 0 (TA-Lib's rule). Lookback = period - 1.
 *
 * The mean deviation is measured from the current mean, so it has no O(1) update: each bar costs
 * O(period), summing the window in TA-Lib's circular-buffer order so results agree to the bit.
 */
export class CommodityChannelIndex implements StreamingIndicator<Bar, number> {
  readonly lookback: number;
  value: number | null = null;
  private readonly period: number;
  private readonly window: Float64Array;
  private slot = 0;
  private count = 0;

  constructor(period = 20) {
    assertPeriod('period', period, 2);
    this.period = period;
    this.lookback = period - 1;
    this.window = new Float64Array(period);
  }

  update(bar: Bar): number | null {
    const typical = (bar.high + bar.low + bar.close) / 3;
    const slot = this.slot;
    this.window[slot] = typical;
    this.slot = slot + 1 === this.period ? 0 : slot + 1;
    if (this.count < this.lookback) {
      this.count++;
      return null;
    }
    this.value = deviationRatio(this.window, typical);
    return this.value;
  }

  reset(): void {
    this.window.fill(0);
    this.slot = 0;
    this.count = 0;
    this.value = null;
  }
}

/** CCI of the latest typical price over a full window, TA-Lib's arithmetic in TA-Lib's order. */
function deviationRatio(window: Float64Array, typical: number): number {
  const period = window.length;
  let average = 0;
  for (let j = 0; j < period; j++) average += window[j];
  average /= period;
  let deviation = 0;
  for (let j = 0; j < period; j++) deviation += Math.abs(window[j] - average);
  const distance = typical - average;
  return distance !== 0 && deviation !== 0 ? distance / (0.015 * (deviation / period)) : 0;
}

/** Batch CCI; NaN during warm-up. Bit-identical to {@link CommodityChannelIndex}. */
export function commodityChannelIndex(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  period = 20,
): Float64Array {
  assertPeriod('period', period, 2);
  const n = assertSameLength(['close', 'high', 'low'], [close, high, low]);
  const out = new Float64Array(n);
  out.fill(NaN, 0, Math.min(period - 1, n));
  const window = new Float64Array(period);
  // Bar i sits in slot i % period, as in TA-Lib's circular buffer when it starts from bar 0.
  let slot = 0;
  for (let i = 0; i < n; i++) {
    const typical = (high[i] + low[i] + close[i]) / 3;
    window[slot] = typical;
    slot = slot + 1 === period ? 0 : slot + 1;
    if (i >= period - 1) out[i] = deviationRatio(window, typical);
  }
  return out;
}
