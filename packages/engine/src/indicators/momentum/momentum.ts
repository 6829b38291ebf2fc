import type { PriceIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';
import { LaggedWindow } from './lagged-window.js';

/** Momentum (TA-Lib MOM): value minus the value `period` bars ago. Lookback = period. */
export class Momentum implements PriceIndicator {
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
    this.value = input - earlier;
    return this.value;
  }

  reset(): void {
    this.window.reset();
    this.value = null;
  }
}

/** Batch momentum; NaN during warm-up. Bit-identical to {@link Momentum}. */
export function momentum(values: ArrayLike<number>, period = 10): Float64Array {
  assertPeriod('period', period);
  const n = values.length;
  const out = new Float64Array(n);
  out.fill(NaN, 0, Math.min(period, n));
  for (let i = period; i < n; i++) out[i] = values[i] - values[i - period];
  return out;
}
