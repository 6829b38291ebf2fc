import type { PriceIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';

/**
 * Relative noise floor of the running-sum variance: below this fraction of the mean square (a
 * dispersion under about 1e-6 of the level) the variance is rounding noise, so sigma counts as 0.
 */
const RELATIVE_NOISE = 1e-12;

/** `(input - mean) / sigma`, or 0 when the variance is within rounding noise of 0. */
export function zScoreOf(input: number, mean: number, meanSquare: number): number {
  const variance = meanSquare - mean * mean;
  return variance <= meanSquare * RELATIVE_NOISE ? 0 : (input - mean) / Math.sqrt(variance);
}

/**
 * Rolling z-score: how many population standard deviations the current input lies from the mean of
 * the last `period` inputs (the current one included), `(x - mean) / sigma`; 0 when sigma is 0 (a
 * flat window). Mean and sigma are computed as TA-Lib STDDEV/BBANDS compute them (running sums,
 * `sigma^2 = mean(x^2) - mean^2`), so the z-score is consistent with {@link BollingerBands}:
 * z = ±deviations exactly on the bands. Not in TA-Lib; lookback = period - 1.
 */
export class RollingZScore implements PriceIndicator {
  readonly lookback: number;
  value: number | null = null;
  private readonly period: number;
  private readonly window: Float64Array;
  private slot = 0;
  private count = 0;
  private total = 0;
  private totalSquares = 0;

  constructor(period: number) {
    assertPeriod('period', period, 2);
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
    // After the increment above, `slot` points at the oldest input of the current window.
    const oldest = this.window[this.slot];
    this.total = total - oldest;
    this.totalSquares = totalSquares - oldest * oldest;
    this.value = zScoreOf(input, total / period, totalSquares / period);
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

/** Batch rolling z-score; NaN during warm-up. Bit-identical to {@link RollingZScore}. */
export function rollingZScore(values: ArrayLike<number>, period: number): Float64Array {
  assertPeriod('period', period, 2);
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
    const oldest = values[i - period + 1];
    total = withInput - oldest;
    totalSquares = withSquare - oldest * oldest;
    out[i] = zScoreOf(input, withInput / period, withSquare / period);
  }
  return out;
}
