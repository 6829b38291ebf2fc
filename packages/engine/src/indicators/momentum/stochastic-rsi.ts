import type { PriceIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';
import { FastStochastic, fastStochastic } from './fast-stochastic.js';
import { RelativeStrengthIndex, relativeStrengthIndex } from './relative-strength-index.js';
import type { StochasticColumns, StochasticValue } from './stochastic-value.js';

/**
 * Stochastic RSI (TA-Lib STOCHRSI with SMA smoothing): the fast stochastic (k over `fastKPeriod`,
 * d = SMA(fastDPeriod) of k) applied to RSI(rsiPeriod), the RSI standing in for high, low and close.
 * Scale 0..100. Lookback = rsiPeriod + fastK - 1 + fastD - 1 (20 for 14/5/3).
 */
export class StochasticRsi implements PriceIndicator<StochasticValue> {
  readonly lookback: number;
  value: StochasticValue | null = null;
  private readonly rsi: RelativeStrengthIndex;
  private readonly stochastic: FastStochastic;

  constructor(rsiPeriod = 14, fastKPeriod = 5, fastDPeriod = 3) {
    this.rsi = new RelativeStrengthIndex(rsiPeriod);
    this.stochastic = new FastStochastic(fastKPeriod, fastDPeriod);
    this.lookback = this.rsi.lookback + this.stochastic.lookback;
  }

  update(input: number): StochasticValue | null {
    const rsi = this.rsi.update(input);
    if (rsi === null) return null;
    this.value = this.stochastic.next(rsi, rsi, rsi);
    return this.value;
  }

  reset(): void {
    this.rsi.reset();
    this.stochastic.reset();
    this.value = null;
  }
}

/** Batch stochastic RSI; NaN during warm-up. Bit-identical to {@link StochasticRsi}. */
export function stochasticRsi(values: ArrayLike<number>, rsiPeriod = 14, fastKPeriod = 5, fastDPeriod = 3): StochasticColumns {
  assertPeriod('fastKPeriod', fastKPeriod);
  assertPeriod('fastDPeriod', fastDPeriod);
  const n = values.length;
  const rsi = relativeStrengthIndex(values, rsiPeriod);
  const k = new Float64Array(n).fill(NaN);
  const d = new Float64Array(n).fill(NaN);
  if (n <= rsiPeriod) return { k, d };
  const tail = rsi.subarray(rsiPeriod);
  const stochastic = fastStochastic(tail, tail, tail, fastKPeriod, fastDPeriod);
  k.set(stochastic.k, rsiPeriod);
  d.set(stochastic.d, rsiPeriod);
  return { k, d };
}
