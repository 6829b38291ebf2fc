import { assertPeriod } from '../support/assert-period.js';
import { ColumnWindowMaximum, ColumnWindowMinimum, RollingMaximum, RollingMinimum } from '../support/rolling-extremes.js';
import { assertSameLength } from './assert-same-length.js';

/**
 * Raw (unsmoothed) stochastic %K, TA-Lib's formula to the bit: with H and L the highest high and
 * lowest low of the last `period` bars, %K = (close - L) / ((H - L) / 100), and 0 when H == L.
 * The building block of the slow, fast and RSI stochastics.
 */
export class StochasticK {
  readonly period: number;
  private readonly highest: RollingMaximum;
  private readonly lowest: RollingMinimum;

  constructor(period: number) {
    assertPeriod('fastKPeriod', period);
    this.period = period;
    this.highest = new RollingMaximum(period);
    this.lowest = new RollingMinimum(period);
  }

  /** Adds a bar; returns %K once `period` bars have been seen, NaN before. */
  next(high: number, low: number, close: number): number {
    const highest = this.highest.update(high);
    const lowest = this.lowest.update(low);
    if (!this.highest.isFull) return NaN;
    return percentK(highest, lowest, close);
  }

  /** Forgets every bar. */
  reset(): void {
    this.highest.reset();
    this.lowest.reset();
  }
}

/** TA-Lib's %K arithmetic: (close - lowest) / ((highest - lowest) / 100), 0 for an empty range. */
export function percentK(highest: number, lowest: number, close: number): number {
  const diff = (highest - lowest) / 100;
  return diff !== 0 ? (close - lowest) / diff : 0;
}

/**
 * Batch raw %K (see {@link StochasticK}); NaN for the first `period - 1` bars. Bit-identical to the
 * streaming class: the window extremes are the same numbers, found by TA-Lib's faster batch scan.
 */
export function stochasticK(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  period: number,
): Float64Array {
  assertPeriod('fastKPeriod', period);
  const n = assertSameLength(['close', 'high', 'low'], [close, high, low]);
  const highest = new ColumnWindowMaximum(high, period);
  const lowest = new ColumnWindowMinimum(low, period);
  const out = new Float64Array(n);
  out.fill(NaN, 0, Math.min(period - 1, n));
  for (let i = period - 1; i < n; i++) out[i] = percentK(highest.at(i), lowest.at(i), close[i]);
  return out;
}
