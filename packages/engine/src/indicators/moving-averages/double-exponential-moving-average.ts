import type { PriceIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';
import { ExponentialMovingAverage, exponentialMovingAverage } from './exponential-moving-average.js';

/**
 * Double exponential moving average (Mulloy; TA-Lib DEMA): `2*EMA - EMA(EMA)`, each EMA seeded with
 * an SMA as in TA-Lib, so the lookback is 2*(period-1).
 */
export class DoubleExponentialMovingAverage implements PriceIndicator {
  readonly lookback: number;
  value: number | null = null;
  private readonly first: ExponentialMovingAverage;
  private readonly second: ExponentialMovingAverage;

  constructor(period: number) {
    assertPeriod('period', period);
    this.lookback = 2 * (period - 1);
    this.first = new ExponentialMovingAverage(period);
    this.second = new ExponentialMovingAverage(period);
  }

  update(input: number): number | null {
    const e1 = this.first.update(input);
    if (e1 === null) return null;
    const e2 = this.second.update(e1);
    if (e2 === null) return null;
    this.value = 2 * e1 - e2;
    return this.value;
  }

  reset(): void {
    this.first.reset();
    this.second.reset();
    this.value = null;
  }
}

/** Batch DEMA; NaN during warm-up. Bit-identical to {@link DoubleExponentialMovingAverage}. */
export function doubleExponentialMovingAverage(values: ArrayLike<number>, period: number): Float64Array {
  assertPeriod('period', period);
  const n = values.length;
  const lag = period - 1;
  const out = new Float64Array(n).fill(NaN, 0, Math.min(2 * lag, n));
  if (n <= 2 * lag) return out;
  const e1 = exponentialMovingAverage(values, period);
  // e2[j] is the EMA of e1 at input index j + lag.
  const e2 = exponentialMovingAverage(e1.subarray(lag), period);
  for (let i = 2 * lag; i < n; i++) out[i] = 2 * e1[i] - e2[i - lag];
  return out;
}
