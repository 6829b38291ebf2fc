import { assertPeriod } from '../support/assert-period.js';
import { assertSameLength } from '../support/assert-same-length.js';
import { WindowRange } from '../support/window-range.js';

/**
 * Raw (unsmoothed) stochastic %K, TA-Lib's formula to the bit: with H and L the highest high and
 * lowest low of the last `period` bars, %K = (close - L) / ((H - L) / 100), and 0 when H == L.
 * The building block of the fast and RSI stochastics.
 */
export class StochasticK {
  readonly period: number;
  private readonly range: WindowRange;

  constructor(period: number) {
    assertPeriod('fastKPeriod', period);
    this.period = period;
    this.range = new WindowRange(period);
  }

  /** Adds a bar; returns %K once `period` bars have been seen, NaN before. */
  next(high: number, low: number, close: number): number {
    const range = this.range;
    range.update(high, low);
    if (!range.isFull) return NaN;
    return percentK(range.highest, range.lowest, close);
  }

  /** Forgets every bar. */
  reset(): void {
    this.range.reset();
  }
}

/** TA-Lib's %K arithmetic: (close - lowest) / ((highest - lowest) / 100), 0 for an empty range. */
export function percentK(highest: number, lowest: number, close: number): number {
  const diff = (highest - lowest) / 100;
  return diff !== 0 ? (close - lowest) / diff : 0;
}

/**
 * Batch raw %K (see {@link StochasticK}); NaN for the first `period - 1` bars. The window extremes
 * come from the same {@link WindowRange} as the streaming class, so the two agree to the bit.
 */
export function stochasticK(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  period: number,
): Float64Array {
  assertPeriod('fastKPeriod', period);
  const n = assertSameLength(['close', 'high', 'low'], [close, high, low]);
  const range = new WindowRange(period);
  const out = new Float64Array(n);
  const warm = Math.min(period - 1, n);
  for (let i = 0; i < warm; i++) {
    range.update(high[i], low[i]);
    out[i] = NaN;
  }
  for (let i = warm; i < n; i++) {
    range.update(high[i], low[i]);
    out[i] = percentK(range.highest, range.lowest, close[i]);
  }
  return out;
}
