import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';
import { trueRangeOf } from '../support/true-range-of.js';
import { assertSameLength } from './assert-same-length.js';

/**
 * Average true range, TA-Lib ATR: Wilder smoothing `(atr*(period-1) + tr) / period`, seeded with
 * the simple average of the first `period` true ranges. The first bar has no true range (TRANGE
 * starts at index 1), so the first value is at index `period` (lookback = period).
 */
export class AverageTrueRange implements StreamingIndicator<Bar, number> {
  readonly lookback: number;
  value: number | null = null;
  private readonly period: number;
  private count = 0;
  private previousClose = 0;
  private seedTotal = 0;
  private previous = 0;

  constructor(period: number) {
    assertPeriod('period', period);
    this.period = period;
    this.lookback = period;
  }

  update(bar: Bar): number | null {
    const count = this.count;
    const previousClose = this.previousClose;
    this.previousClose = bar.close;
    if (count === 0) {
      this.count = 1;
      return null;
    }
    const tr = trueRangeOf(bar.high, bar.low, previousClose);
    if (count < this.period) {
      this.count = count + 1;
      this.seedTotal += tr;
      return null;
    }
    if (count === this.period) {
      this.count = count + 1;
      this.previous = (this.seedTotal + tr) / this.period;
    } else {
      this.previous = (this.previous * (this.period - 1) + tr) / this.period;
    }
    this.value = this.previous;
    return this.previous;
  }

  reset(): void {
    this.count = 0;
    this.previousClose = 0;
    this.seedTotal = 0;
    this.previous = 0;
    this.value = null;
  }
}

/** Batch ATR; NaN during warm-up. Bit-identical to {@link AverageTrueRange}. */
export function averageTrueRange(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  period: number,
): Float64Array {
  assertPeriod('period', period);
  const n = assertSameLength(['high', 'low', 'close'], [high, low, close]);
  const out = new Float64Array(n).fill(NaN, 0, Math.min(period, n));
  if (n <= period) return out;
  let total = 0;
  for (let i = 1; i <= period; i++) total += trueRangeOf(high[i], low[i], close[i - 1]);
  let previous = total / period;
  out[period] = previous;
  const keep = period - 1;
  for (let i = period + 1; i < n; i++) {
    previous = (previous * keep + trueRangeOf(high[i], low[i], close[i - 1])) / period;
    out[i] = previous;
  }
  return out;
}
