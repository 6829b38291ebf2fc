import type { PriceIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';
import { ExponentialMovingAverage, exponentialMovingAverage } from './exponential-moving-average.js';

/**
 * Triple exponential moving average (Mulloy; TA-Lib TEMA): `3*EMA - 3*EMA(EMA) + EMA(EMA(EMA))`,
 * each EMA seeded with an SMA as in TA-Lib, so the lookback is 3*(period-1).
 */
export class TripleExponentialMovingAverage implements PriceIndicator {
  readonly lookback: number;
  value: number | null = null;
  private readonly first: ExponentialMovingAverage;
  private readonly second: ExponentialMovingAverage;
  private readonly third: ExponentialMovingAverage;

  constructor(period: number) {
    assertPeriod('period', period);
    this.lookback = 3 * (period - 1);
    this.first = new ExponentialMovingAverage(period);
    this.second = new ExponentialMovingAverage(period);
    this.third = new ExponentialMovingAverage(period);
  }

  update(input: number): number | null {
    const e1 = this.first.update(input);
    if (e1 === null) return null;
    const e2 = this.second.update(e1);
    if (e2 === null) return null;
    const e3 = this.third.update(e2);
    if (e3 === null) return null;
    // TA-Lib's operation order: e3 + (3*e1 - 3*e2).
    this.value = e3 + (3 * e1 - 3 * e2);
    return this.value;
  }

  reset(): void {
    this.first.reset();
    this.second.reset();
    this.third.reset();
    this.value = null;
  }
}

/** Batch TEMA; NaN during warm-up. Bit-identical to {@link TripleExponentialMovingAverage}. */
export function tripleExponentialMovingAverage(values: ArrayLike<number>, period: number): Float64Array {
  assertPeriod('period', period);
  const n = values.length;
  const lag = period - 1;
  const out = new Float64Array(n).fill(NaN, 0, Math.min(3 * lag, n));
  if (n <= 3 * lag) return out;
  const e1 = exponentialMovingAverage(values, period);
  // e2[j] is at input index j + lag, e3[j] at j + 2*lag.
  const e2 = exponentialMovingAverage(e1.subarray(lag), period);
  const e3 = exponentialMovingAverage(e2.subarray(lag), period);
  for (let i = 3 * lag; i < n; i++) out[i] = e3[i - 2 * lag] + (3 * e1[i] - 3 * e2[i - lag]);
  return out;
}
