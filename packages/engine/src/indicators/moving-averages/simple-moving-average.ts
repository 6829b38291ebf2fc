import type { PriceIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';

/**
 * Simple moving average (TA-Lib SMA). The running total is kept exactly as TA-Lib keeps it (sum of
 * the last period-1 inputs; add the new one, divide, then drop the oldest) so results agree with
 * TA-Lib to the last bits.
 */
export class SimpleMovingAverage implements PriceIndicator {
  readonly lookback: number;
  value: number | null = null;
  private readonly period: number;
  private readonly window: Float64Array;
  private slot = 0;
  private count = 0;
  private total = 0;

  constructor(period: number) {
    assertPeriod('period', period);
    this.period = period;
    this.lookback = period - 1;
    this.window = new Float64Array(period);
  }

  update(input: number): number | null {
    this.window[this.slot] = input;
    this.slot = this.slot + 1 === this.period ? 0 : this.slot + 1;
    const withInput = this.total + input;
    if (this.count < this.lookback) {
      this.count++;
      this.total = withInput;
      return null;
    }
    this.value = withInput / this.period;
    // After the increment above, `slot` points at the oldest input of the current window.
    this.total = withInput - this.window[this.slot];
    return this.value;
  }

  reset(): void {
    this.window.fill(0);
    this.slot = 0;
    this.count = 0;
    this.total = 0;
    this.value = null;
  }
}

/** Batch SMA; NaN during warm-up. Bit-identical to {@link SimpleMovingAverage}. */
export function simpleMovingAverage(values: ArrayLike<number>, period: number): Float64Array {
  assertPeriod('period', period);
  const n = values.length;
  const out = new Float64Array(n);
  const warm = Math.min(period - 1, n);
  let total = 0;
  for (let i = 0; i < warm; i++) {
    out[i] = NaN;
    total += values[i];
  }
  for (let i = warm; i < n; i++) {
    const withInput = total + values[i];
    out[i] = withInput / period;
    total = withInput - values[i - warm];
  }
  return out;
}
