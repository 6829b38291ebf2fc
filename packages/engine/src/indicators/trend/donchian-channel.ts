import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { assertSameLength } from '../support/assert-same-length.js';
import { assertPeriod } from '../support/assert-period.js';
import { ColumnWindowMaximum, ColumnWindowMinimum, RollingMaximum, RollingMinimum } from '../support/rolling-extremes.js';

/** Upper, middle and lower line of a price channel. */
export type DonchianChannelValue = {
  readonly upper: number;
  readonly middle: number;
  readonly lower: number;
};

/** Batch columns of {@link donchianChannel}. */
export type DonchianChannelColumns = {
  readonly upper: Float64Array;
  readonly middle: Float64Array;
  readonly lower: Float64Array;
};

/**
 * Donchian channel (not in TA-Lib): upper = highest high and lower = lowest low of the last
 * `period` bars INCLUDING the current one, middle = (upper + lower) / 2. This is the convention of
 * StockCharts ChartSchool ("Price Channels") and of `ta`'s DonchianChannel with offset 0; breakout
 * systems that compare today's price with the channel of the previous bars (Turtle rules, `ta`
 * offset 1) use the previous bar's value. Lookback = period - 1.
 */
export class DonchianChannel implements StreamingIndicator<Bar, DonchianChannelValue> {
  readonly lookback: number;
  value: DonchianChannelValue | null = null;
  private readonly highest: RollingMaximum;
  private readonly lowest: RollingMinimum;

  constructor(period = 20) {
    assertPeriod('period', period);
    this.lookback = period - 1;
    this.highest = new RollingMaximum(period);
    this.lowest = new RollingMinimum(period);
  }

  update(bar: Bar): DonchianChannelValue | null {
    const upper = this.highest.update(bar.high);
    const lower = this.lowest.update(bar.low);
    if (!this.highest.isFull) return null;
    this.value = { upper, middle: (upper + lower) / 2, lower };
    return this.value;
  }

  reset(): void {
    this.highest.reset();
    this.lowest.reset();
    this.value = null;
  }
}

/** Batch Donchian channel; NaN during warm-up. Bit-identical to {@link DonchianChannel}. */
export function donchianChannel(high: ArrayLike<number>, low: ArrayLike<number>, period = 20): DonchianChannelColumns {
  assertPeriod('period', period);
  const n = assertSameLength(['high', 'low'], [high, low]);
  const highest = new ColumnWindowMaximum(high, period);
  const lowest = new ColumnWindowMinimum(low, period);
  const upper = new Float64Array(n);
  const middle = new Float64Array(n);
  const lower = new Float64Array(n);
  const warm = Math.min(period - 1, n);
  for (const column of [upper, middle, lower]) column.fill(NaN, 0, warm);
  for (let i = period - 1; i < n; i++) {
    const h = highest.at(i);
    const l = lowest.at(i);
    upper[i] = h;
    middle[i] = (h + l) / 2;
    lower[i] = l;
  }
  return { upper, middle, lower };
}
