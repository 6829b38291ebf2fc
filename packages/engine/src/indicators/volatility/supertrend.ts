import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';
import { assertNonNegative } from './assert-non-negative.js';
import { AverageTrueRange, averageTrueRange } from './average-true-range.js';
import { assertSameLength } from '../support/assert-same-length.js';

/**
 * One Supertrend reading: the trailing line and the trend it belongs to (1 up, -1 down). A type
 * alias rather than an interface so it fits the contract's `Record<string, number>`.
 */
export type SupertrendValue = {
  readonly value: number;
  readonly direction: number;
};

/** Supertrend columns from the batch function; NaN during warm-up. */
export type SupertrendColumns = {
  readonly value: Float64Array;
  readonly direction: Float64Array;
};

/**
 * Supertrend, as TradingView's `ta.supertrend(factor, atrPeriod)` defines it (Pine Script v5
 * reference): bands at (high+low)/2 ± multiplier*ATR; the lower band only rises and the upper band
 * only falls while the previous close stays on their side; the trend turns up when the close ends
 * above the upper band and down when it ends below the lower band; the line is the lower band in an
 * up trend and the upper band in a down trend. As in Pine, the first bar starts in a down trend.
 * Direction here is 1 for up and -1 for down (Pine uses the opposite signs). The ATR is TA-Lib's
 * (first value at bar atrPeriod), so lookback = atrPeriod; Pine's ATR also counts bar 0's
 * high-low as a true range and starts one bar earlier, so early values differ from TradingView's until
 * that seed difference has decayed (by (atrPeriod-1)/atrPeriod per bar).
 */
export class Supertrend implements StreamingIndicator<Bar, SupertrendValue> {
  readonly lookback: number;
  value: SupertrendValue | null = null;
  private readonly multiplier: number;
  private readonly atr: AverageTrueRange;
  private started = false;
  private previousClose = 0;
  private upper = 0;
  private lower = 0;
  private direction = -1;

  constructor(atrPeriod = 10, multiplier = 3) {
    assertPeriod('atrPeriod', atrPeriod);
    assertNonNegative('multiplier', multiplier);
    this.multiplier = multiplier;
    this.atr = new AverageTrueRange(atrPeriod);
    this.lookback = atrPeriod;
  }

  update(bar: Bar): SupertrendValue | null {
    const atr = this.atr.update(bar);
    const previousClose = this.previousClose;
    this.previousClose = bar.close;
    if (atr === null) return null;
    const middle = (bar.high + bar.low) / 2;
    const width = this.multiplier * atr;
    const basicUpper = middle + width;
    const basicLower = middle - width;
    if (!this.started) {
      this.started = true;
      this.upper = basicUpper;
      this.lower = basicLower;
      this.direction = -1;
    } else {
      if (basicLower > this.lower || previousClose < this.lower) this.lower = basicLower;
      if (basicUpper < this.upper || previousClose > this.upper) this.upper = basicUpper;
      if (this.direction < 0) {
        if (bar.close > this.upper) this.direction = 1;
      } else if (bar.close < this.lower) {
        this.direction = -1;
      }
    }
    this.value = { value: this.direction > 0 ? this.lower : this.upper, direction: this.direction };
    return this.value;
  }

  reset(): void {
    this.atr.reset();
    this.started = false;
    this.previousClose = 0;
    this.upper = 0;
    this.lower = 0;
    this.direction = -1;
    this.value = null;
  }
}

/** Batch Supertrend; NaN during warm-up. Bit-identical to {@link Supertrend}. */
export function supertrend(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  atrPeriod = 10,
  multiplier = 3,
): SupertrendColumns {
  assertPeriod('atrPeriod', atrPeriod);
  assertNonNegative('multiplier', multiplier);
  const n = assertSameLength(['high', 'low', 'close'], [high, low, close]);
  const atr = averageTrueRange(high, low, close, atrPeriod);
  const value = new Float64Array(n).fill(NaN, 0, Math.min(atrPeriod, n));
  const direction = new Float64Array(n).fill(NaN, 0, Math.min(atrPeriod, n));
  if (n <= atrPeriod) return { value, direction };
  let upper = 0;
  let lower = 0;
  let trend = -1;
  for (let i = atrPeriod; i < n; i++) {
    const middle = (high[i] + low[i]) / 2;
    const width = multiplier * atr[i];
    const basicUpper = middle + width;
    const basicLower = middle - width;
    if (i === atrPeriod) {
      upper = basicUpper;
      lower = basicLower;
    } else {
      const previousClose = close[i - 1];
      if (basicLower > lower || previousClose < lower) lower = basicLower;
      if (basicUpper < upper || previousClose > upper) upper = basicUpper;
      if (trend < 0) {
        if (close[i] > upper) trend = 1;
      } else if (close[i] < lower) {
        trend = -1;
      }
    }
    value[i] = trend > 0 ? lower : upper;
    direction[i] = trend;
  }
  return { value, direction };
}
