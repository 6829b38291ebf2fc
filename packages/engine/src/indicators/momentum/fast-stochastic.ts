import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { SimpleMovingAverage } from '../moving-averages/simple-moving-average.js';
import { assertPeriod } from '../support/assert-period.js';
import { assertSameLength } from '../support/assert-same-length.js';
import { WindowRange } from '../support/window-range.js';
import { StochasticK, percentK } from './stochastic-k.js';
import type { StochasticColumns, StochasticValue } from './stochastic-value.js';

/**
 * Fast stochastic (TA-Lib STOCHF with SMA smoothing): k = raw %K over `fastKPeriod` bars,
 * d = SMA(fastDPeriod) of k. Both are reported from the first bar d exists:
 * lookback = fastK - 1 + fastD - 1.
 */
export class FastStochastic implements StreamingIndicator<Bar, StochasticValue> {
  readonly lookback: number;
  value: StochasticValue | null = null;
  private readonly rawK: StochasticK;
  private readonly fastD: SimpleMovingAverage;

  constructor(fastKPeriod = 14, fastDPeriod = 3) {
    assertPeriod('fastDPeriod', fastDPeriod);
    this.rawK = new StochasticK(fastKPeriod);
    this.fastD = new SimpleMovingAverage(fastDPeriod);
    this.lookback = fastKPeriod - 1 + fastDPeriod - 1;
  }

  update(bar: Bar): StochasticValue | null {
    return this.next(bar.high, bar.low, bar.close);
  }

  /** Same as `update` with the three prices passed directly (no bar object). */
  next(high: number, low: number, close: number): StochasticValue | null {
    const k = this.rawK.next(high, low, close);
    if (Number.isNaN(k)) return null;
    const d = this.fastD.update(k);
    if (d === null) return null;
    this.value = { k, d };
    return this.value;
  }

  reset(): void {
    this.rawK.reset();
    this.fastD.reset();
    this.value = null;
  }
}

/** Batch fast stochastic; NaN during warm-up. Bit-identical to {@link FastStochastic}. */
export function fastStochastic(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  fastKPeriod = 14,
  fastDPeriod = 3,
): StochasticColumns {
  assertPeriod('fastKPeriod', fastKPeriod);
  assertPeriod('fastDPeriod', fastDPeriod);
  const fastD = new SimpleMovingAverage(fastDPeriod);
  const n = assertSameLength(['close', 'high', 'low'], [close, high, low]);
  const range = new WindowRange(fastKPeriod);
  const k = new Float64Array(n);
  const d = new Float64Array(n);
  const lookback = fastKPeriod - 1 + fastDPeriod - 1;
  k.fill(NaN, 0, Math.min(lookback, n));
  d.fill(NaN, 0, Math.min(lookback, n));
  for (let i = 0; i < n; i++) {
    range.update(high[i], low[i]);
    if (i < fastKPeriod - 1) continue;
    const raw = percentK(range.highest, range.lowest, close[i]);
    const signal = fastD.update(raw);
    if (signal === null) continue;
    k[i] = raw;
    d[i] = signal;
  }
  return { k, d };
}
