import type { PriceIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';

/**
 * Weighted moving average (TA-Lib WMA): weights 1..period, newest heaviest, divided by
 * period*(period+1)/2. Uses TA-Lib's running sums (the weighted sum drops the plain window sum each
 * bar) so results agree with TA-Lib to the last bits; period 1 returns the input unchanged, as TA-Lib does.
 */
export class WeightedMovingAverage implements PriceIndicator {
  readonly lookback: number;
  value: number | null = null;
  private readonly period: number;
  private readonly divider: number;
  private readonly window: Float64Array;
  private slot = 0;
  private count = 0;
  private periodSum = 0;
  private periodSub = 0;
  private trailing = 0;

  constructor(period: number) {
    assertPeriod('period', period);
    this.period = period;
    this.lookback = period - 1;
    this.divider = (period * (period + 1)) / 2;
    this.window = new Float64Array(period);
  }

  update(input: number): number | null {
    const period = this.period;
    this.window[this.slot] = input;
    this.slot = this.slot + 1 === period ? 0 : this.slot + 1;
    if (this.count < this.lookback) {
      this.count++;
      this.periodSub += input;
      this.periodSum += input * this.count;
      return null;
    }
    if (period === 1) {
      this.value = input;
      return input;
    }
    this.periodSub += input;
    this.periodSub -= this.trailing;
    this.periodSum += input * period;
    // After the increment above, `slot` points at the oldest input of the current window.
    this.trailing = this.window[this.slot];
    this.value = this.periodSum / this.divider;
    this.periodSum -= this.periodSub;
    return this.value;
  }

  reset(): void {
    this.window.fill(0);
    this.slot = 0;
    this.count = 0;
    this.periodSum = 0;
    this.periodSub = 0;
    this.trailing = 0;
    this.value = null;
  }
}

/** Batch WMA; NaN during warm-up. Bit-identical to {@link WeightedMovingAverage}. */
export function weightedMovingAverage(values: ArrayLike<number>, period: number): Float64Array {
  assertPeriod('period', period);
  const n = values.length;
  const out = new Float64Array(n).fill(NaN, 0, Math.min(period - 1, n));
  if (n < period) return out;
  if (period === 1) {
    out.set(values);
    return out;
  }
  const divider = (period * (period + 1)) / 2;
  let periodSum = 0;
  let periodSub = 0;
  for (let i = 0; i < period - 1; i++) {
    periodSub += values[i];
    periodSum += values[i] * (i + 1);
  }
  let trailing = 0;
  for (let i = period - 1; i < n; i++) {
    const input = values[i];
    periodSub += input;
    periodSub -= trailing;
    periodSum += input * period;
    trailing = values[i - period + 1];
    out[i] = periodSum / divider;
    periodSum -= periodSub;
  }
  return out;
}
