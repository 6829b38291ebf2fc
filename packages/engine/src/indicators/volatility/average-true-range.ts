import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';
import { feedbackRunEnd } from '../support/feedback-run.js';
import { trueRangeOf } from '../support/true-range-of.js';
import { assertSameLength } from '../support/assert-same-length.js';

/**
 * Average true range, TA-Lib ATR: Wilder smoothing `(atr*(period-1) + tr) / period`, seeded with
 * the simple average of the first `period` true ranges. The first bar has no true range (TRANGE
 * starts at index 1), so the first value is at index `period` (lookback = period).
 */
export class AverageTrueRange implements StreamingIndicator<Bar, number> {
  readonly lookback: number;
  private readonly period: number;
  /** Bars seen, counted up to period + 1 (the first value). */
  private count = 0;
  private previousClose = 0;
  private seedTotal = 0;
  private previous = 0;

  constructor(period: number) {
    assertPeriod('period', period);
    this.period = period;
    this.lookback = period;
  }

  /**
   * The latest value, or null during warm-up. A getter over a number field rather than a field of
   * its own: storing each new number into a `number | null` field boxes it on the heap every bar.
   */
  get value(): number | null {
    return this.count > this.period ? this.previous : null;
  }

  update(bar: Bar): number | null {
    const trueRange = trueRangeOf(bar.high, bar.low, this.previousClose);
    this.previousClose = bar.close;
    if (this.count <= this.period) return this.warmUp(trueRange);
    const atr = (this.previous * (this.period - 1) + trueRange) / this.period;
    this.previous = atr;
    return atr;
  }

  reset(): void {
    this.count = 0;
    this.previousClose = 0;
    this.seedTotal = 0;
    this.previous = 0;
  }

  /** Bars 0..period: the first has no true range (no previous close), then `period` are averaged into the seed. */
  private warmUp(trueRange: number): number | null {
    const count = this.count++;
    if (count === 0) return null;
    if (count < this.period) {
      this.seedTotal += trueRange;
      return null;
    }
    this.previous = (this.seedTotal + trueRange) / this.period;
    return this.previous;
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
  const state = Float64Array.of(total / period);
  out[period] = state[0];
  const split = feedbackRunEnd(period + 1, n);
  smoothTrueRange(high, low, close, period, period + 1, split, state, out);
  smoothTrueRange(high, low, close, period, split, n, state, out);
  return out;
}

/**
 * Wilder smoothing of the true range over bars `from .. to`, carrying the ATR in `state[0]`; called
 * twice, see {@link feedbackRunEnd}.
 */
function smoothTrueRange(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  period: number,
  from: number,
  to: number,
  state: Float64Array,
  out: Float64Array,
): void {
  let previous = state[0];
  const keep = period - 1;
  for (let i = from; i < to; i++) {
    previous = (previous * keep + trueRangeOf(high[i], low[i], close[i - 1])) / period;
    out[i] = previous;
  }
  state[0] = previous;
}
