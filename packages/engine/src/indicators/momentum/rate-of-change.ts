import type { PriceIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';
import { LaggedWindow } from './lagged-window.js';

/**
 * Rate of change in percent (TA-Lib ROC): ((value / value `period` bars ago) - 1) * 100, and 0 when
 * the earlier value is 0. Lookback = period.
 */
export class RateOfChange implements PriceIndicator {
  readonly lookback: number;
  value: number | null = null;
  private readonly window: LaggedWindow;

  constructor(period = 10) {
    this.window = new LaggedWindow(period);
    this.lookback = period;
  }

  update(input: number): number | null {
    const ready = this.window.ready;
    const earlier = this.window.push(input);
    if (!ready) return null;
    this.value = percentChange(input, earlier);
    return this.value;
  }

  reset(): void {
    this.window.reset();
    this.value = null;
  }
}

function percentChange(value: number, earlier: number): number {
  return earlier !== 0 ? (value / earlier - 1) * 100 : 0;
}

/** Batch rate of change; NaN during warm-up. Bit-identical to {@link RateOfChange}. */
export function rateOfChange(values: ArrayLike<number>, period = 10): Float64Array {
  assertPeriod('period', period);
  const n = values.length;
  const out = new Float64Array(n);
  out.fill(NaN, 0, Math.min(period, n));
  for (let i = period; i < n; i++) out[i] = percentChange(values[i], values[i - period]);
  return out;
}
