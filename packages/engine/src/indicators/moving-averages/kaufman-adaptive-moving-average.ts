import type { PriceIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';

/** TA-Lib's fixed KAMA constants: fastest EMA 2, slowest EMA 30. */
const SLOWEST = 2 / (30 + 1);
const SPREAD = 2 / (2 + 1) - SLOWEST;
/** TA-Lib's zero test (TA_IS_ZERO). */
const ZERO_EPSILON = 1e-14;

/**
 * The next KAMA from the previous one, TA-Lib's formula verbatim: efficiency ratio
 * |change over period| / sum of |one-bar changes| (1 when the path sum is zero or not above the
 * signed change), smoothing constant `(er*(2/3 - 2/31) + 2/31)^2`.
 */
function nextKama(previous: number, input: number, periodChange: number, pathSum: number): number {
  const er =
    pathSum <= periodChange || (pathSum > -ZERO_EPSILON && pathSum < ZERO_EPSILON)
      ? 1
      : Math.abs(periodChange / pathSum);
  let sc = er * SPREAD + SLOWEST;
  sc *= sc;
  return (input - previous) * sc + previous;
}

/**
 * Kaufman adaptive moving average (TA-Lib KAMA, fast 2 / slow 30 fixed). Lookback = period: the
 * first value is at index `period`, seeded with the input at `period - 1` as the previous KAMA.
 * The path sum is kept as a running total exactly as TA-Lib keeps it, so values agree bit for bit.
 */
export class KaufmanAdaptiveMovingAverage implements PriceIndicator {
  readonly lookback: number;
  value: number | null = null;
  private readonly period: number;
  /** The last `period` inputs; before the write, the current slot holds the input `period` bars ago. */
  private readonly window: Float64Array;
  private slot = 0;
  private count = 0;
  private last = 0;
  private pathSum = 0;
  /** The input `period + 1` bars ago, whose one-bar change leaves the path sum next. */
  private trailing = 0;
  private previous = 0;

  constructor(period: number) {
    assertPeriod('period', period);
    this.period = period;
    this.lookback = period;
    this.window = new Float64Array(period);
  }

  update(input: number): number | null {
    const count = this.count;
    const past = this.window[this.slot];
    this.window[this.slot] = input;
    this.slot = this.slot + 1 === this.period ? 0 : this.slot + 1;
    const last = this.last;
    this.last = input;
    // Counted only until the first value: nothing depends on it afterwards.
    if (count <= this.period) this.count = count + 1;
    if (count === 0) return null;
    if (count < this.period) {
      this.pathSum += Math.abs(last - input);
      return null;
    }
    if (count === this.period) {
      this.pathSum += Math.abs(last - input);
      this.previous = last;
    } else {
      this.pathSum -= Math.abs(this.trailing - past);
      this.pathSum += Math.abs(input - last);
    }
    this.trailing = past;
    this.previous = nextKama(this.previous, input, input - past, this.pathSum);
    this.value = this.previous;
    return this.previous;
  }

  reset(): void {
    this.window.fill(0);
    this.slot = 0;
    this.count = 0;
    this.last = 0;
    this.pathSum = 0;
    this.trailing = 0;
    this.previous = 0;
    this.value = null;
  }
}

/** Batch KAMA; NaN during warm-up. Bit-identical to {@link KaufmanAdaptiveMovingAverage}. */
export function kaufmanAdaptiveMovingAverage(values: ArrayLike<number>, period: number): Float64Array {
  assertPeriod('period', period);
  const n = values.length;
  const out = new Float64Array(n).fill(NaN, 0, Math.min(period, n));
  if (n <= period) return out;
  let pathSum = 0;
  for (let i = 0; i < period; i++) pathSum += Math.abs(values[i] - values[i + 1]);
  let previous = nextKama(values[period - 1], values[period], values[period] - values[0], pathSum);
  out[period] = previous;
  for (let i = period + 1; i < n; i++) {
    const input = values[i];
    const past = values[i - period];
    pathSum -= Math.abs(values[i - period - 1] - past);
    pathSum += Math.abs(input - values[i - 1]);
    previous = nextKama(previous, input, input - past, pathSum);
    out[i] = previous;
  }
  return out;
}
