import type { StreamingIndicator } from '../../indicators/indicator.js';
import { assertPeriod } from '../../indicators/support/assert-period.js';
import type { Bar } from '../../series/bar.js';
import { defineFeature, type FeatureRequest } from '../feature-request.js';

/**
 * Sample standard deviation (n - 1) of the last `period` close-to-close log returns, per bar, O(1)
 * per update from running sums. The sums are rebuilt from the window every `period` updates so
 * floating-point drift cannot accumulate over long runs. Bars with a non-positive close are skipped.
 */
export class ReturnVolatility implements StreamingIndicator<Bar, number> {
  readonly lookback: number;
  value: number | null = null;
  private readonly period: number;
  private readonly returns: Float64Array;
  private previousClose = NaN;
  private slot = 0;
  private count = 0;
  private sum = 0;
  private sumOfSquares = 0;
  private sinceRebuild = 0;

  constructor(period: number) {
    assertPeriod('period', period, 2);
    this.period = period;
    this.lookback = period;
    this.returns = new Float64Array(period);
  }

  update(bar: Bar): number | null {
    const close = bar.close;
    if (!(close > 0)) return this.value;
    const previous = this.previousClose;
    this.previousClose = close;
    if (Number.isNaN(previous)) return null;
    const r = Math.log(close / previous);
    const n = this.period;
    if (this.count === n) {
      const old = this.returns[this.slot];
      this.sum -= old;
      this.sumOfSquares -= old * old;
    } else {
      this.count++;
    }
    this.returns[this.slot] = r;
    this.slot = this.slot + 1 === n ? 0 : this.slot + 1;
    this.sum += r;
    this.sumOfSquares += r * r;
    if (++this.sinceRebuild >= n) this.rebuild();
    if (this.count < n) return null;
    const variance = (this.sumOfSquares - (this.sum * this.sum) / n) / (n - 1);
    this.value = variance > 0 ? Math.sqrt(variance) : 0;
    return this.value;
  }

  reset(): void {
    this.value = null;
    this.previousClose = NaN;
    this.slot = 0;
    this.count = 0;
    this.sum = 0;
    this.sumOfSquares = 0;
    this.sinceRebuild = 0;
    this.returns.fill(0);
  }

  private rebuild(): void {
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < this.count; i++) {
      const r = this.returns[i];
      sum += r;
      squares += r * r;
    }
    this.sum = sum;
    this.sumOfSquares = squares;
    this.sinceRebuild = 0;
  }
}

/** Feature `RETVOL(period)`: per-bar volatility of log returns. */
export function returnVolatilityFeature(period: number, history = 1): FeatureRequest<number> {
  return defineFeature(`RETVOL(${period})`, () => new ReturnVolatility(period), history);
}
