import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { AverageTrueRange, averageTrueRange } from './average-true-range.js';

/** TA-Lib's zero test (TA_IS_ZERO, epsilon 1e-14): a close this small gives NATR 0 rather than a blow-up. */
const ZERO_EPSILON = 1e-14;

/** `(atr / close) * 100` in TA-Lib's operation order, 0 for a zero close. */
function normalize(atr: number, close: number): number {
  return close > -ZERO_EPSILON && close < ZERO_EPSILON ? 0 : (atr / close) * 100;
}

/** Normalized ATR, TA-Lib NATR: the ATR as a percentage of the current close (lookback = period). */
export class NormalizedAverageTrueRange implements StreamingIndicator<Bar, number> {
  readonly lookback: number;
  value: number | null = null;
  private readonly atr: AverageTrueRange;

  constructor(period: number) {
    this.atr = new AverageTrueRange(period);
    this.lookback = this.atr.lookback;
  }

  update(bar: Bar): number | null {
    const atr = this.atr.update(bar);
    if (atr === null) return null;
    this.value = normalize(atr, bar.close);
    return this.value;
  }

  reset(): void {
    this.atr.reset();
    this.value = null;
  }
}

/** Batch NATR; NaN during warm-up. Bit-identical to {@link NormalizedAverageTrueRange}. */
export function normalizedAverageTrueRange(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  period: number,
): Float64Array {
  const out = averageTrueRange(high, low, close, period);
  for (let i = period; i < out.length; i++) out[i] = normalize(out[i], close[i]);
  return out;
}
