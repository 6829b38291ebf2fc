import type { PriceIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';
import { feedbackRunEnd } from '../support/feedback-run.js';
import { assertNonNegative } from './assert-non-negative.js';
import { deviationOf } from './deviation-of.js';

/**
 * One Bollinger Bands reading. A type alias rather than an interface so it fits the contract's
 * `Record<string, number>`.
 */
export type BollingerBandsValue = {
  readonly upper: number;
  readonly middle: number;
  readonly lower: number;
};

/** Bollinger Bands columns from the batch function; NaN during warm-up. */
export type BollingerBandsColumns = {
  readonly upper: Float64Array;
  readonly middle: Float64Array;
  readonly lower: Float64Array;
};

/**
 * Bollinger Bands (TA-Lib BBANDS with an SMA middle): middle = SMA(period), bands = middle ±
 * deviations * population sigma. Sigma is computed as TA-Lib does for an SMA middle:
 * `sqrt(mean(x^2) - sma^2)` from a running sum of squares, 0 below TA-Lib's noise threshold (so, as
 * in TA-Lib, a flat window may still show bands a few 1e-6 wide from rounding noise).
 */
export class BollingerBands implements PriceIndicator<BollingerBandsValue> {
  readonly lookback: number;
  private readonly period: number;
  private readonly deviations: number;
  private readonly window: Float64Array;
  private slot = 0;
  /** Inputs seen, counted up to `period` (the first value). */
  private count = 0;
  private total = 0;
  private totalSquares = 0;
  /** Middle band and half-width of the latest value. */
  private middle = 0;
  private width = 0;
  /** What `value` returned since the latest update, if it was read. */
  private latest: BollingerBandsValue | null = null;

  constructor(period = 20, deviations = 2) {
    assertPeriod('period', period);
    assertNonNegative('deviations', deviations);
    this.period = period;
    this.deviations = deviations;
    this.lookback = period - 1;
    this.window = new Float64Array(period);
  }

  /**
   * The latest value, or null during warm-up: an object equal to the one the latest `update`
   * returned, made from the middle band and width when first read. Storing every new value object in
   * a field of this long-lived instance would cost a write barrier on each bar.
   */
  get value(): BollingerBandsValue | null {
    if (this.count < this.period) return null;
    return (this.latest ??= bandsOf(this.middle, this.width));
  }

  update(input: number): BollingerBandsValue | null {
    if (this.count < this.period) return this.warmUp(input);
    const period = this.period;
    const window = this.window;
    const slot = this.slot;
    window[slot] = input;
    // The next slot holds the oldest input of the current window, which leaves the sums.
    const next = slot + 1 === period ? 0 : slot + 1;
    this.slot = next;
    const total = this.total + input;
    const totalSquares = this.totalSquares + input * input;
    const middle = total / period;
    const oldest = window[next];
    this.total = total - oldest;
    this.totalSquares = totalSquares - oldest * oldest;
    const width = deviationOf(totalSquares / period - middle * middle) * this.deviations;
    this.middle = middle;
    this.width = width;
    this.latest = null;
    return bandsOf(middle, width);
  }

  reset(): void {
    this.window.fill(0);
    this.slot = 0;
    this.count = 0;
    this.total = 0;
    this.totalSquares = 0;
    this.middle = 0;
    this.width = 0;
    this.latest = null;
  }

  /**
   * The first `period` inputs: all but the last only fill the window and the sums; the last, once
   * counted, takes `update`'s ordinary path and gives the first value. Kept out of `update` so its
   * bytecode stays small.
   */
  private warmUp(input: number): BollingerBandsValue | null {
    if (++this.count === this.period) return this.update(input);
    this.window[this.slot] = input;
    this.slot = this.slot + 1 === this.period ? 0 : this.slot + 1;
    this.total += input;
    this.totalSquares += input * input;
    return null;
  }
}

/** The bands around `middle` at `width` (the same arithmetic for `update` and `value`). */
function bandsOf(middle: number, width: number): BollingerBandsValue {
  return { upper: middle + width, middle, lower: middle - width };
}

/** Slots of the running sums in the state of {@link bandsLoop}. */
const TOTAL = 0;
const TOTAL_SQUARES = 1;

/** Batch Bollinger Bands; NaN during warm-up. Bit-identical to {@link BollingerBands}. */
export function bollingerBands(values: ArrayLike<number>, period = 20, deviations = 2): BollingerBandsColumns {
  assertPeriod('period', period);
  assertNonNegative('deviations', deviations);
  const n = values.length;
  const upper = new Float64Array(n);
  const middle = new Float64Array(n);
  const lower = new Float64Array(n);
  const warm = Math.min(period - 1, n);
  upper.fill(NaN, 0, warm);
  middle.fill(NaN, 0, warm);
  lower.fill(NaN, 0, warm);
  // Running sums of the first period - 1 inputs, in the streaming class's order.
  const state = new Float64Array(2);
  for (let i = 0; i < warm; i++) {
    const input = values[i];
    state[TOTAL] += input;
    state[TOTAL_SQUARES] += input * input;
  }
  const split = feedbackRunEnd(warm, n);
  bandsLoop(values, period, deviations, warm, split, state, upper, middle, lower);
  bandsLoop(values, period, deviations, split, n, state, upper, middle, lower);
  return { upper, middle, lower };
}

/**
 * The steady-state loop over bars `from .. to` (from period - 1 on), the running sums in `state`;
 * called twice, see {@link feedbackRunEnd}.
 */
function bandsLoop(
  values: ArrayLike<number>,
  period: number,
  deviations: number,
  from: number,
  to: number,
  state: Float64Array,
  upper: Float64Array,
  middle: Float64Array,
  lower: Float64Array,
): void {
  let total = state[TOTAL];
  let totalSquares = state[TOTAL_SQUARES];
  for (let i = from; i < to; i++) {
    const input = values[i];
    const withInput = total + input;
    const withSquare = totalSquares + input * input;
    const mid = withInput / period;
    const oldest = values[i - period + 1];
    total = withInput - oldest;
    totalSquares = withSquare - oldest * oldest;
    const width = deviationOf(withSquare / period - mid * mid) * deviations;
    upper[i] = mid + width;
    middle[i] = mid;
    lower[i] = mid - width;
  }
  state[TOTAL] = total;
  state[TOTAL_SQUARES] = totalSquares;
}
