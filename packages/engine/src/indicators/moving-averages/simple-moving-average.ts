import type { PriceIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';

/**
 * Simple moving average (TA-Lib SMA). The running total is kept exactly as TA-Lib keeps it (sum of
 * the last period-1 inputs; add the new one, divide, then drop the oldest) so results agree with
 * TA-Lib to the last bits.
 */
export class SimpleMovingAverage implements PriceIndicator {
  readonly lookback: number;
  private readonly period: number;
  private readonly window: Float64Array;
  private slot = 0;
  /** Inputs seen, counted up to `period` (the first value). */
  private count = 0;
  private total = 0;
  private average = 0;

  constructor(period: number) {
    assertPeriod('period', period);
    this.period = period;
    this.lookback = period - 1;
    this.window = new Float64Array(period);
  }

  /**
   * The latest value, or null during warm-up. A getter over a number field rather than a field of
   * its own: storing each new number into a `number | null` field boxes it on the heap every bar.
   */
  get value(): number | null {
    return this.count === this.period ? this.average : null;
  }

  update(input: number): number | null {
    if (this.count < this.period) return this.warmUp(input);
    const window = this.window;
    const slot = this.slot;
    window[slot] = input;
    // The next slot holds the oldest input of the current window, which leaves the total.
    const next = slot + 1 === this.period ? 0 : slot + 1;
    this.slot = next;
    const withInput = this.total + input;
    const average = withInput / this.period;
    this.total = withInput - window[next];
    this.average = average;
    return average;
  }

  reset(): void {
    this.window.fill(0);
    this.slot = 0;
    this.count = 0;
    this.total = 0;
    this.average = 0;
  }

  /**
   * The first `period` inputs: all but the last only fill the window and the total; the last, once
   * counted, takes `update`'s ordinary path and gives the first average. Kept out of `update` so its
   * bytecode stays small enough for V8 to inline it at call sites that see several indicator classes.
   */
  private warmUp(input: number): number | null {
    if (++this.count === this.period) return this.update(input);
    this.window[this.slot] = input;
    this.slot = this.slot + 1 === this.period ? 0 : this.slot + 1;
    this.total += input;
    return null;
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
