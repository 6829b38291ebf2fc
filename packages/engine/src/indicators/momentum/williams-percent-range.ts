import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';
import { ColumnWindowMaximum, ColumnWindowMinimum, RollingMaximum, RollingMinimum } from '../support/rolling-extremes.js';
import { assertSameLength } from '../support/assert-same-length.js';

/**
 * Williams %R (TA-Lib WILLR), on the negative scale -100..0: with H and L the highest high and
 * lowest low of the last `period` bars, %R = (H - close) / ((H - L) / -100), and 0 when H == L.
 * Lookback = period - 1.
 */
export class WilliamsPercentRange implements StreamingIndicator<Bar, number> {
  readonly lookback: number;
  value: number | null = null;
  private readonly highest: RollingMaximum;
  private readonly lowest: RollingMinimum;

  constructor(period = 14) {
    assertPeriod('period', period, 2);
    this.lookback = period - 1;
    this.highest = new RollingMaximum(period);
    this.lowest = new RollingMinimum(period);
  }

  update(bar: Bar): number | null {
    const highest = this.highest.update(bar.high);
    const lowest = this.lowest.update(bar.low);
    if (!this.highest.isFull) return null;
    this.value = percentRange(highest, lowest, bar.close);
    return this.value;
  }

  reset(): void {
    this.highest.reset();
    this.lowest.reset();
    this.value = null;
  }
}

function percentRange(highest: number, lowest: number, close: number): number {
  const diff = (highest - lowest) / -100;
  return diff !== 0 ? (highest - close) / diff : 0;
}

/** Batch Williams %R; NaN during warm-up. Bit-identical to {@link WilliamsPercentRange} (same extremes, batch scan). */
export function williamsPercentRange(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  period = 14,
): Float64Array {
  assertPeriod('period', period, 2);
  const n = assertSameLength(['close', 'high', 'low'], [close, high, low]);
  const highest = new ColumnWindowMaximum(high, period);
  const lowest = new ColumnWindowMinimum(low, period);
  const out = new Float64Array(n);
  out.fill(NaN, 0, Math.min(period - 1, n));
  for (let i = period - 1; i < n; i++) out[i] = percentRange(highest.at(i), lowest.at(i), close[i]);
  return out;
}
