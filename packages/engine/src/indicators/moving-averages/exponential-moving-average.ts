import type { PriceIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';

/**
 * Exponential moving average, TA-Lib convention: smoothing 2/(period+1), seeded with the simple
 * average of the first `period` inputs.
 */
export class ExponentialMovingAverage implements PriceIndicator {
  readonly lookback: number;
  private readonly period: number;
  private readonly k: number;
  /** Inputs seen, counted up to `period` (the seed). */
  private count = 0;
  private seedTotal = 0;
  private previous = 0;

  constructor(period: number) {
    assertPeriod('period', period);
    this.period = period;
    this.lookback = period - 1;
    this.k = 2 / (period + 1);
  }

  /**
   * The latest value, or null during warm-up. A getter over a number field rather than a field of
   * its own: storing each new number into a `number | null` field boxes it on the heap every bar.
   */
  get value(): number | null {
    return this.count === this.period ? this.previous : null;
  }

  update(input: number): number | null {
    if (this.count < this.period) return this.seed(input);
    const previous = (input - this.previous) * this.k + this.previous;
    this.previous = previous;
    return previous;
  }

  reset(): void {
    this.count = 0;
    this.seedTotal = 0;
    this.previous = 0;
  }

  /** The first `period` inputs: their plain average seeds the EMA. */
  private seed(input: number): number | null {
    this.count++;
    this.seedTotal += input;
    if (this.count < this.period) return null;
    this.previous = this.seedTotal / this.period;
    return this.previous;
  }
}

/** Batch EMA; NaN during warm-up. Bit-identical to {@link ExponentialMovingAverage}. */
export function exponentialMovingAverage(values: ArrayLike<number>, period: number): Float64Array {
  assertPeriod('period', period);
  const n = values.length;
  // Only the warm-up is filled: a full NaN fill is a whole extra pass over the output.
  const out = new Float64Array(n).fill(NaN, 0, Math.min(period - 1, n));
  if (n < period) return out;
  const k = 2 / (period + 1);
  let total = 0;
  for (let i = 0; i < period; i++) total += values[i];
  let previous = total / period;
  out[period - 1] = previous;
  for (let i = period; i < n; i++) {
    previous = (values[i] - previous) * k + previous;
    out[i] = previous;
  }
  return out;
}
