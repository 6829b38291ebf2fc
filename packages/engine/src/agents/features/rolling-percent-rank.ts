import type { PriceIndicator } from '../../indicators/indicator.js';
import { assertPeriod } from '../../indicators/support/assert-period.js';

/**
 * Percent rank of the latest input among the last `period` inputs (itself included): the share,
 * in percent, of those inputs that are less than or equal to it. 100 = the highest of the window,
 * 100/period = the lowest. O(period) per update, which is fine for the windows agents use (~125).
 */
export class RollingPercentRank implements PriceIndicator {
  readonly lookback: number;
  value: number | null = null;
  private readonly period: number;
  private readonly window: Float64Array;
  private slot = 0;
  private count = 0;

  constructor(period: number) {
    assertPeriod('period', period, 2);
    this.period = period;
    this.lookback = period - 1;
    this.window = new Float64Array(period);
  }

  update(input: number): number | null {
    this.window[this.slot] = input;
    this.slot = this.slot + 1 === this.period ? 0 : this.slot + 1;
    if (this.count < this.period) this.count++;
    if (this.count < this.period) return null;
    let atOrBelow = 0;
    for (let i = 0; i < this.period; i++) if (this.window[i] <= input) atOrBelow++;
    this.value = (100 * atOrBelow) / this.period;
    return this.value;
  }

  reset(): void {
    this.window.fill(0);
    this.slot = 0;
    this.count = 0;
    this.value = null;
  }
}
