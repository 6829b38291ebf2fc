import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { assertSameLength } from '../support/assert-same-length.js';

/**
 * On-balance volume (TA-Lib OBV): starts at the first bar's volume (TA-Lib's seed, not 0), then adds
 * the volume of each bar that closes higher than the previous close and subtracts it when lower.
 * Lookback = 0.
 */
export class OnBalanceVolume implements StreamingIndicator<Bar, number> {
  readonly lookback = 0;
  private total = 0;
  private previousClose = 0;
  private started = false;

  /**
   * The latest value, or null before the first bar. A getter over the running total rather than a
   * field of its own: storing each new number into a `number | null` field boxes it on the heap every bar.
   */
  get value(): number | null {
    return this.started ? this.total : null;
  }

  update(bar: Bar): number | null {
    const close = bar.close;
    const total = this.started ? this.total + bar.volume * directionOf(close, this.previousClose) : bar.volume;
    this.started = true;
    this.total = total;
    this.previousClose = close;
    return total;
  }

  reset(): void {
    this.total = 0;
    this.previousClose = 0;
    this.started = false;
  }
}

/**
 * 1 when the close rose, -1 when it fell, 0 when unchanged. Adding volume * direction is exactly
 * TA-Lib's +volume / -volume / nothing; computed from the comparisons as numbers, it compiles
 * without a branch, and up/down days are too random for a branch predictor (this halves the cost).
 */
function directionOf(close: number, previousClose: number): number {
  return Number(close > previousClose) - Number(close < previousClose);
}

/** Batch on-balance volume. Bit-identical to {@link OnBalanceVolume}. */
export function onBalanceVolume(close: ArrayLike<number>, volume: ArrayLike<number>): Float64Array {
  const n = assertSameLength(['close', 'volume'], [close, volume]);
  const out = new Float64Array(n);
  if (n === 0) return out;
  let total = volume[0];
  out[0] = total;
  let previous = close[0];
  for (let i = 1; i < n; i++) {
    const price = close[i];
    total += volume[i] * directionOf(price, previous);
    previous = price;
    out[i] = total;
  }
  return out;
}
