import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';
import { ColumnWindowMaximum, ColumnWindowMinimum, RollingMaximum, RollingMinimum } from '../support/rolling-extremes.js';
import { assertSameLength } from '../support/assert-same-length.js';

/** Aroon down and up lines, 0..100. */
export type AroonValue = {
  readonly down: number;
  readonly up: number;
};

/** Batch columns of {@link aroon}. */
export type AroonColumns = {
  readonly down: Float64Array;
  readonly up: Float64Array;
};

/**
 * Aroon (TA-Lib AROON): over the last period + 1 bars, up = 100 / period * (period - bars since the
 * highest high), down likewise with the lowest low. When several bars tie for the extreme the most
 * recent one counts, as in TA-Lib. Lookback = period.
 */
export class Aroon implements StreamingIndicator<Bar, AroonValue> {
  readonly lookback: number;
  value: AroonValue | null = null;
  private readonly factor: number;
  private readonly highest: RollingMaximum;
  private readonly lowest: RollingMinimum;

  constructor(period = 14) {
    assertPeriod('period', period, 2);
    this.lookback = period;
    this.factor = 100 / period;
    this.highest = new RollingMaximum(period + 1);
    this.lowest = new RollingMinimum(period + 1);
  }

  update(bar: Bar): AroonValue | null {
    this.highest.update(bar.high);
    this.lowest.update(bar.low);
    if (!this.highest.isFull) return null;
    const period = this.lookback;
    this.value = {
      down: this.factor * (period - this.lowest.age),
      up: this.factor * (period - this.highest.age),
    };
    return this.value;
  }

  reset(): void {
    this.highest.reset();
    this.lowest.reset();
    this.value = null;
  }
}

/** Batch Aroon; NaN during warm-up. Bit-identical to {@link Aroon}. */
export function aroon(high: ArrayLike<number>, low: ArrayLike<number>, period = 14): AroonColumns {
  assertPeriod('period', period, 2);
  const n = assertSameLength(['high', 'low'], [high, low]);
  const factor = 100 / period;
  const highest = new ColumnWindowMaximum(high, period + 1);
  const lowest = new ColumnWindowMinimum(low, period + 1);
  const down = new Float64Array(n);
  const up = new Float64Array(n);
  down.fill(NaN, 0, Math.min(period, n));
  up.fill(NaN, 0, Math.min(period, n));
  for (let i = period; i < n; i++) {
    highest.at(i);
    lowest.at(i);
    down[i] = factor * (period - lowest.ageAt(i));
    up[i] = factor * (period - highest.ageAt(i));
  }
  return { down, up };
}
