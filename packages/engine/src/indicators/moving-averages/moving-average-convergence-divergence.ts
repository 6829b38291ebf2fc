import type { PriceIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';
import { feedbackRunEnd } from '../support/feedback-run.js';

/**
 * One MACD reading. A type alias rather than an interface so it fits the contract's
 * `Record<string, number>`.
 */
export type MacdValue = {
  readonly macd: number;
  readonly signal: number;
  readonly histogram: number;
};

/** MACD columns from the batch function; NaN during warm-up. */
export type MacdColumns = {
  readonly macd: Float64Array;
  readonly signal: Float64Array;
  readonly histogram: Float64Array;
};

/** Validates the periods and orders them as TA-Lib does (a slow period below the fast one is swapped). */
function macdPeriods(fast: number, slow: number, signal: number): [fast: number, slow: number] {
  assertPeriod('fast', fast);
  assertPeriod('slow', slow);
  assertPeriod('signal', signal);
  return slow < fast ? [slow, fast] : [fast, slow];
}

/**
 * MACD (TA-Lib MACD): fast EMA - slow EMA, its `signal`-period EMA, and their difference. As in
 * TA-Lib, both EMAs start at the same bar: the fast EMA is seeded with the average of the `fast`
 * inputs ending at index slow-1 (not at index fast-1), and the signal EMA is seeded with the
 * average of the first `signal` MACD values. Lookback = (slow-1) + (signal-1), 33 for 12/26/9.
 */
export class MovingAverageConvergenceDivergence implements PriceIndicator<MacdValue> {
  readonly lookback: number;
  private readonly fast: number;
  private readonly slow: number;
  private readonly signal: number;
  private readonly fastK: number;
  private readonly slowK: number;
  private readonly signalK: number;
  /** Inputs seen, counted only up to the first value (nothing depends on it afterwards). */
  private count = 0;
  private fastSeed = 0;
  private slowSeed = 0;
  private signalSeed = 0;
  private fastEma = 0;
  private slowEma = 0;
  private signalEma = 0;
  /** What `value` returned since the latest update, if it was read. */
  private latest: MacdValue | null = null;

  constructor(fast = 12, slow = 26, signal = 9) {
    [this.fast, this.slow] = macdPeriods(fast, slow, signal);
    this.signal = signal;
    this.fastK = 2 / (this.fast + 1);
    this.slowK = 2 / (this.slow + 1);
    this.signalK = 2 / (signal + 1);
    this.lookback = this.slow - 1 + (signal - 1);
  }

  /**
   * The latest value, or null during warm-up: an object equal to the one the latest `update`
   * returned, made from the three EMAs when first read. Storing every new value object in a field of
   * this long-lived instance would cost a write barrier on each bar.
   */
  get value(): MacdValue | null {
    if (this.count <= this.lookback) return null;
    return (this.latest ??= macdValueOf(this.fastEma, this.slowEma, this.signalEma));
  }

  update(input: number): MacdValue | null {
    if (this.count <= this.lookback) return this.warmUp(input);
    // The three EMAs are inlined (not ExponentialMovingAverage objects): this runs once per bar per symbol.
    const slowEma = (input - this.slowEma) * this.slowK + this.slowEma;
    const fastEma = (input - this.fastEma) * this.fastK + this.fastEma;
    this.slowEma = slowEma;
    this.fastEma = fastEma;
    const macd = fastEma - slowEma;
    const signalEma = (macd - this.signalEma) * this.signalK + this.signalEma;
    this.signalEma = signalEma;
    this.latest = null;
    return macdValueOf(fastEma, slowEma, signalEma);
  }

  reset(): void {
    this.count = 0;
    this.fastSeed = 0;
    this.slowSeed = 0;
    this.signalSeed = 0;
    this.fastEma = 0;
    this.slowEma = 0;
    this.signalEma = 0;
    this.latest = null;
  }

  /**
   * Inputs up to the first value: the seeds of the two EMAs, then of the signal EMA. Kept out of
   * `update` so its bytecode stays small enough for V8 to inline it at call sites that see several
   * indicator classes.
   */
  private warmUp(input: number): MacdValue | null {
    const count = this.count;
    const slow = this.slow;
    if (count < slow) {
      this.slowSeed += input;
      if (count >= slow - this.fast) this.fastSeed += input;
      if (count < slow - 1) {
        this.count = count + 1;
        return null;
      }
      this.slowEma = this.slowSeed / slow;
      this.fastEma = this.fastSeed / this.fast;
    } else {
      this.slowEma = (input - this.slowEma) * this.slowK + this.slowEma;
      this.fastEma = (input - this.fastEma) * this.fastK + this.fastEma;
    }
    const macd = this.fastEma - this.slowEma;
    this.count = count + 1;
    this.signalSeed += macd;
    if (count < this.lookback) return null;
    this.signalEma = this.signalSeed / this.signal;
    return macdValueOf(this.fastEma, this.slowEma, this.signalEma);
  }
}

/** The MACD reading of the three EMAs (the same arithmetic for `update` and `value`). */
function macdValueOf(fastEma: number, slowEma: number, signal: number): MacdValue {
  const macd = fastEma - slowEma;
  return { macd, signal, histogram: macd - signal };
}

/** Batch MACD; NaN during warm-up. Bit-identical to {@link MovingAverageConvergenceDivergence}. */
export function movingAverageConvergenceDivergence(
  values: ArrayLike<number>,
  fast = 12,
  slow = 26,
  signal = 9,
): MacdColumns {
  const [f, s] = macdPeriods(fast, slow, signal);
  const n = values.length;
  const lookback = s - 1 + (signal - 1);
  const warmUp = Math.min(lookback, n);
  const macd = new Float64Array(n);
  const signalOut = new Float64Array(n).fill(NaN, 0, warmUp);
  const histogram = new Float64Array(n).fill(NaN, 0, warmUp);
  if (n <= lookback) return { macd: macd.fill(NaN), signal: signalOut, histogram };
  const fastK = 2 / (f + 1);
  const slowK = 2 / (s + 1);
  const signalK = 2 / (signal + 1);
  let slowTotal = 0;
  let fastTotal = 0;
  for (let i = 0; i < s; i++) {
    slowTotal += values[i];
    if (i >= s - f) fastTotal += values[i];
  }
  let slowEma = slowTotal / s;
  let fastEma = fastTotal / f;
  // The MACD line from index s-1 is kept in `macd` (trimmed before returning) to seed the signal.
  let line = fastEma - slowEma;
  macd[s - 1] = line;
  let signalTotal = 0;
  signalTotal += line;
  for (let i = s; i <= lookback; i++) {
    slowEma = (values[i] - slowEma) * slowK + slowEma;
    fastEma = (values[i] - fastEma) * fastK + fastEma;
    line = fastEma - slowEma;
    macd[i] = line;
    signalTotal += line;
  }
  const signalEma = signalTotal / signal;
  signalOut[lookback] = signalEma;
  histogram[lookback] = line - signalEma;
  const state = Float64Array.of(slowEma, fastEma, signalEma, slowK, fastK, signalK);
  const split = feedbackRunEnd(lookback + 1, n);
  macdLoop(values, macd, signalOut, histogram, lookback + 1, split, state);
  macdLoop(values, macd, signalOut, histogram, split, n, state);
  macd.fill(NaN, 0, lookback);
  return { macd, signal: signalOut, histogram };
}

/**
 * The steady-state MACD loop over bars `from .. to`, carrying the three EMAs in `state` ([slow,
 * fast, signal, then the three smoothing factors]); called twice, see {@link feedbackRunEnd}.
 */
function macdLoop(
  values: ArrayLike<number>,
  macd: Float64Array,
  signalOut: Float64Array,
  histogram: Float64Array,
  from: number,
  to: number,
  state: Float64Array,
): void {
  let slowEma = state[0];
  let fastEma = state[1];
  let signalEma = state[2];
  const slowK = state[3];
  const fastK = state[4];
  const signalK = state[5];
  for (let i = from; i < to; i++) {
    const input = values[i];
    slowEma = (input - slowEma) * slowK + slowEma;
    fastEma = (input - fastEma) * fastK + fastEma;
    const line = fastEma - slowEma;
    signalEma = (line - signalEma) * signalK + signalEma;
    macd[i] = line;
    signalOut[i] = signalEma;
    histogram[i] = line - signalEma;
  }
  state[0] = slowEma;
  state[1] = fastEma;
  state[2] = signalEma;
}
