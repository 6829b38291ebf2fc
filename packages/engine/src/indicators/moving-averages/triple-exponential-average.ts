import type { PriceIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';
import { ExponentialMovingAverage, exponentialMovingAverage } from './exponential-moving-average.js';

/** One-bar percent rate of change as TA-Lib ROC computes it (0 when the previous value is 0). */
function percentChange(current: number, previous: number): number {
  return previous !== 0 ? (current / previous - 1) * 100 : 0;
}

/**
 * TRIX (TA-Lib TRIX): the one-bar percent rate of change of a triple-smoothed EMA
 * (`EMA(EMA(EMA(x)))`, each seeded with an SMA). Lookback 3*(period-1)+1.
 */
export class TripleExponentialAverage implements PriceIndicator {
  readonly lookback: number;
  value: number | null = null;
  private readonly first: ExponentialMovingAverage;
  private readonly second: ExponentialMovingAverage;
  private readonly third: ExponentialMovingAverage;
  private previous = 0;
  private hasPrevious = false;

  constructor(period: number) {
    assertPeriod('period', period);
    this.lookback = 3 * (period - 1) + 1;
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
    const previous = this.previous;
    this.previous = e3;
    if (!this.hasPrevious) {
      this.hasPrevious = true;
      return null;
    }
    this.value = percentChange(e3, previous);
    return this.value;
  }

  reset(): void {
    this.first.reset();
    this.second.reset();
    this.third.reset();
    this.previous = 0;
    this.hasPrevious = false;
    this.value = null;
  }
}

/** Batch TRIX; NaN during warm-up. Bit-identical to {@link TripleExponentialAverage}. */
export function tripleExponentialAverage(values: ArrayLike<number>, period: number): Float64Array {
  assertPeriod('period', period);
  const n = values.length;
  const lag = period - 1;
  const out = new Float64Array(n).fill(NaN, 0, Math.min(3 * lag + 1, n));
  if (n <= 3 * lag + 1) return out;
  const e1 = exponentialMovingAverage(values, period);
  const e2 = exponentialMovingAverage(e1.subarray(lag), period);
  // e3[j] is the triple EMA at input index j + 2*lag; its first valid j is lag.
  const e3 = exponentialMovingAverage(e2.subarray(lag), period);
  for (let i = 3 * lag + 1; i < n; i++) out[i] = percentChange(e3[i - 2 * lag], e3[i - 2 * lag - 1]);
  return out;
}
