import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { trueRangeOf } from '../support/true-range-of.js';
import { assertSameLength } from '../support/assert-same-length.js';

/**
 * True range (TA-Lib TRANGE): the largest of high-low, |high-previous close| and |low-previous close|.
 * Like TA-Lib, the first bar has no previous close and gives no value (lookback 1).
 */
export class TrueRange implements StreamingIndicator<Bar, number> {
  readonly lookback = 1;
  value: number | null = null;
  private previousClose = NaN;
  private started = false;

  update(bar: Bar): number | null {
    if (!this.started) {
      this.started = true;
      this.previousClose = bar.close;
      return null;
    }
    this.value = trueRangeOf(bar.high, bar.low, this.previousClose);
    this.previousClose = bar.close;
    return this.value;
  }

  reset(): void {
    this.previousClose = NaN;
    this.started = false;
    this.value = null;
  }
}

/** Batch true range; NaN at index 0. Bit-identical to {@link TrueRange}. */
export function trueRange(high: ArrayLike<number>, low: ArrayLike<number>, close: ArrayLike<number>): Float64Array {
  const n = assertSameLength(['high', 'low', 'close'], [high, low, close]);
  const out = new Float64Array(n);
  if (n > 0) out[0] = NaN;
  for (let i = 1; i < n; i++) out[i] = trueRangeOf(high[i], low[i], close[i - 1]);
  return out;
}
