import type { PriceIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';
import { TA_LIB_EPSILON, isTaLibZero } from '../support/ta-lib-zero.js';

/**
 * Relative strength index (TA-Lib RSI, Wilder). The first average gain and loss are plain averages
 * of the first `period` changes; afterwards each is smoothed as (previous * (period - 1) + change)
 * / period. RSI = 100 * gain / (gain + loss), and 0 when there was no movement at all (TA-Lib's rule,
 * not the 50 some libraries use). Lookback = period.
 */
export class RelativeStrengthIndex implements PriceIndicator {
  readonly lookback: number;
  private readonly period: number;
  /** Inputs seen, counted up to period + 1 (then the averages are seeded). */
  private count = 0;
  private previous = 0;
  private gain = 0;
  private loss = 0;
  /** The latest RSI, once count is period + 1. */
  private strength = 0;

  constructor(period = 14) {
    assertPeriod('period', period, 2);
    this.period = period;
    this.lookback = period;
  }

  /**
   * The latest value, or null during warm-up. A getter over a number field rather than a field of
   * its own: storing each new number into a `number | null` field boxes it on the heap every bar.
   */
  get value(): number | null {
    return this.count > this.period ? this.strength : null;
  }

  update(input: number): number | null {
    const period = this.period;
    if (this.count <= period) return this.warmUp(input);
    const change = input - this.previous;
    this.previous = input;
    // (change ± |change|) / 2 is exactly the up or down move or 0: TA-Lib's branch, without the
    // unpredictable jump (adding 0 leaves the average unchanged to the bit).
    const size = Math.abs(change);
    const loss = (this.loss * (period - 1) + (size - change) * 0.5) / period;
    const gain = (this.gain * (period - 1) + (change + size) * 0.5) / period;
    this.loss = loss;
    this.gain = gain;
    const strength = strengthOf(gain, loss);
    this.strength = strength;
    return strength;
  }

  reset(): void {
    this.count = 0;
    this.previous = 0;
    this.gain = 0;
    this.loss = 0;
    this.strength = 0;
  }

  /**
   * The first period + 1 inputs: the first has no change, the next `period` changes are summed and
   * averaged into the seeds. Kept out of `update` so its bytecode stays small enough for V8 to
   * inline it at call sites that see several indicator classes.
   */
  private warmUp(input: number): number | null {
    const period = this.period;
    const change = input - this.previous;
    this.previous = input;
    this.count++;
    if (this.count === 1) return null;
    if (change < 0) this.loss -= change;
    else this.gain += change;
    if (this.count <= period) return null;
    this.loss /= period;
    this.gain /= period;
    this.strength = strengthOf(this.gain, this.loss);
    return this.strength;
  }
}

/** RSI from the average gain and loss: 0 when there was no movement at all (TA-Lib). */
function strengthOf(gain: number, loss: number): number {
  const total = gain + loss;
  return isTaLibZero(total) ? 0 : 100 * (gain / total);
}

/** Batch RSI; NaN during warm-up. Bit-identical to {@link RelativeStrengthIndex}. */
export function relativeStrengthIndex(values: ArrayLike<number>, period = 14): Float64Array {
  assertPeriod('period', period, 2);
  const n = values.length;
  // Only the warm-up is filled: a full NaN fill is a whole extra pass over the output.
  const out = new Float64Array(n).fill(NaN, 0, Math.min(period, n));
  if (n <= period) return out;
  let gain = 0;
  let loss = 0;
  let previous = values[0];
  for (let i = 1; i <= period; i++) {
    const change = values[i] - previous;
    previous = values[i];
    if (change < 0) loss -= change;
    else gain += change;
  }
  loss /= period;
  gain /= period;
  const total = gain + loss;
  out[period] = isTaLibZero(total) ? 0 : 100 * (gain / total);
  const keep = period - 1;
  for (let i = period + 1; i < n; i++) {
    const input = values[i];
    const change = input - previous;
    previous = input;
    // (change ± |change|) / 2 is exactly the up or down move or 0: TA-Lib's branch, without the
    // unpredictable jump (adding 0 leaves the average unchanged to the bit).
    const size = Math.abs(change);
    loss = (loss * keep + (size - change) * 0.5) / period;
    gain = (gain * keep + (change + size) * 0.5) / period;
    const sum = gain + loss;
    // isTaLibZero written out: when V8 compiles this loop while it runs (the first call), a helper
    // call here was at times left un-inlined, boxing its argument on every bar (2x slower).
    out[i] = sum > -TA_LIB_EPSILON && sum < TA_LIB_EPSILON ? 0 : 100 * (gain / sum);
  }
  return out;
}
