import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { assertSameLength } from '../support/assert-same-length.js';
import { assertPeriod } from '../support/assert-period.js';
import { moneyFlowVolume } from './accumulation-distribution.js';

/**
 * Chaikin oscillator (TA-Lib ADOSC): EMA(fast) - EMA(slow) of the accumulation/distribution line.
 * As in TA-Lib both EMAs are seeded with the first bar's AD value (not an SMA) and use
 * k = 2 / (period + 1) as k * ad + (1 - k) * ema. Lookback = max(fast, slow) - 1 (9 for 3/10).
 */
export class ChaikinOscillator implements StreamingIndicator<Bar, number> {
  readonly lookback: number;
  value: number | null = null;
  private readonly fastK: number;
  private readonly slowK: number;
  private count = 0;
  private ad = 0;
  private fastAverage = 0;
  private slowAverage = 0;

  constructor(fastPeriod = 3, slowPeriod = 10) {
    assertPeriod('fastPeriod', fastPeriod, 2);
    assertPeriod('slowPeriod', slowPeriod, 2);
    this.lookback = Math.max(fastPeriod, slowPeriod) - 1;
    this.fastK = 2 / (fastPeriod + 1);
    this.slowK = 2 / (slowPeriod + 1);
  }

  update(bar: Bar): number | null {
    this.ad += moneyFlowVolume(bar.high, bar.low, bar.close, bar.volume);
    if (this.count === 0) {
      this.count = 1;
      this.fastAverage = this.ad;
      this.slowAverage = this.ad;
      return null;
    }
    this.fastAverage = this.fastK * this.ad + (1 - this.fastK) * this.fastAverage;
    this.slowAverage = this.slowK * this.ad + (1 - this.slowK) * this.slowAverage;
    if (this.count < this.lookback) {
      this.count++;
      return null;
    }
    this.value = this.fastAverage - this.slowAverage;
    return this.value;
  }

  reset(): void {
    this.count = 0;
    this.ad = 0;
    this.fastAverage = 0;
    this.slowAverage = 0;
    this.value = null;
  }
}

/** Batch Chaikin oscillator; NaN during warm-up. Bit-identical to {@link ChaikinOscillator}. */
export function chaikinOscillator(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  volume: ArrayLike<number>,
  fastPeriod = 3,
  slowPeriod = 10,
): Float64Array {
  assertPeriod('fastPeriod', fastPeriod, 2);
  assertPeriod('slowPeriod', slowPeriod, 2);
  const n = assertSameLength(['close', 'high', 'low', 'volume'], [close, high, low, volume]);
  const lookback = Math.max(fastPeriod, slowPeriod) - 1;
  const fastK = 2 / (fastPeriod + 1);
  const slowK = 2 / (slowPeriod + 1);
  const out = new Float64Array(n);
  out.fill(NaN, 0, Math.min(lookback, n));
  if (n === 0) return out;
  let ad = 0;
  ad += moneyFlowVolume(high[0], low[0], close[0], volume[0]);
  let fastAverage = ad;
  let slowAverage = ad;
  for (let i = 1; i < n; i++) {
    ad += moneyFlowVolume(high[i], low[i], close[i], volume[i]);
    fastAverage = fastK * ad + (1 - fastK) * fastAverage;
    slowAverage = slowK * ad + (1 - slowK) * slowAverage;
    if (i >= lookback) out[i] = fastAverage - slowAverage;
  }
  return out;
}
