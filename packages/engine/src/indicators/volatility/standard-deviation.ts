import type { PriceIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';
import { deviationOf } from './deviation-of.js';

/**
 * Rolling population standard deviation (TA-Lib STDDEV with optInNbDev 1). Running sums of the
 * inputs and of their squares are kept in TA-Lib's order (add the new input, read, drop the
 * oldest), and the variance is `mean(x^2) - mean(x)^2`, so values agree with TA-Lib to the last bits.
 * Like TA-Lib's, a flat window can keep rounding noise from the running sums (about 3e-6 at a level
 * of 100) instead of exactly 0; RollingZScore guards against that where it matters.
 */
export class StandardDeviation implements PriceIndicator {
  readonly lookback: number;
  value: number | null = null;
  private readonly period: number;
  private readonly window: Float64Array;
  private slot = 0;
  private count = 0;
  private total = 0;
  private totalSquares = 0;

  constructor(period: number) {
    assertPeriod('period', period);
    this.period = period;
    this.lookback = period - 1;
    this.window = new Float64Array(period);
  }

  update(input: number): number | null {
    const period = this.period;
    this.window[this.slot] = input;
    this.slot = this.slot + 1 === period ? 0 : this.slot + 1;
    const total = this.total + input;
    const totalSquares = this.totalSquares + input * input;
    if (this.count < this.lookback) {
      this.count++;
      this.total = total;
      this.totalSquares = totalSquares;
      return null;
    }
    const mean = total / period;
    const variance = totalSquares / period - mean * mean;
    // After the increment above, `slot` points at the oldest input of the current window.
    const oldest = this.window[this.slot];
    this.total = total - oldest;
    this.totalSquares = totalSquares - oldest * oldest;
    this.value = deviationOf(variance);
    return this.value;
  }

  reset(): void {
    this.window.fill(0);
    this.slot = 0;
    this.count = 0;
    this.total = 0;
    this.totalSquares = 0;
    this.value = null;
  }
}

/** Batch population standard deviation; NaN during warm-up. Bit-identical to {@link StandardDeviation}. */
export function standardDeviation(values: ArrayLike<number>, period: number): Float64Array {
  assertPeriod('period', period);
  const n = values.length;
  const out = new Float64Array(n);
  let total = 0;
  let totalSquares = 0;
  for (let i = 0; i < n; i++) {
    const input = values[i];
    const withInput = total + input;
    const withSquare = totalSquares + input * input;
    if (i < period - 1) {
      out[i] = NaN;
      total = withInput;
      totalSquares = withSquare;
      continue;
    }
    const mean = withInput / period;
    const variance = withSquare / period - mean * mean;
    const oldest = values[i - period + 1];
    total = withInput - oldest;
    totalSquares = withSquare - oldest * oldest;
    out[i] = deviationOf(variance);
  }
  return out;
}
