import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { SimpleMovingAverage } from '../moving-averages/simple-moving-average.js';
import { assertPeriod } from '../support/assert-period.js';
import { ColumnWindowMaximum, ColumnWindowMinimum } from '../support/rolling-extremes.js';
import { assertSameLength } from './assert-same-length.js';
import { StochasticK, percentK } from './stochastic-k.js';
import type { StochasticColumns, StochasticValue } from './stochastic-value.js';

/**
 * Slow stochastic oscillator (TA-Lib STOCH with SMA smoothing): k = SMA(slowKPeriod) of the raw %K
 * over `fastKPeriod` bars, d = SMA(slowDPeriod) of k. Lookback = fastK - 1 + slowK - 1 + slowD - 1
 * (17 for 14/3/3).
 */
export class StochasticOscillator implements StreamingIndicator<Bar, StochasticValue> {
  readonly lookback: number;
  value: StochasticValue | null = null;
  private readonly rawK: StochasticK;
  private readonly slowK: SimpleMovingAverage;
  private readonly slowD: SimpleMovingAverage;

  constructor(fastKPeriod = 14, slowKPeriod = 3, slowDPeriod = 3) {
    assertPeriod('slowKPeriod', slowKPeriod);
    assertPeriod('slowDPeriod', slowDPeriod);
    this.rawK = new StochasticK(fastKPeriod);
    this.slowK = new SimpleMovingAverage(slowKPeriod);
    this.slowD = new SimpleMovingAverage(slowDPeriod);
    this.lookback = fastKPeriod - 1 + slowKPeriod - 1 + slowDPeriod - 1;
  }

  update(bar: Bar): StochasticValue | null {
    const raw = this.rawK.next(bar.high, bar.low, bar.close);
    if (Number.isNaN(raw)) return null;
    const k = this.slowK.update(raw);
    if (k === null) return null;
    const d = this.slowD.update(k);
    if (d === null) return null;
    this.value = { k, d };
    return this.value;
  }

  reset(): void {
    this.rawK.reset();
    this.slowK.reset();
    this.slowD.reset();
    this.value = null;
  }
}

/** Batch slow stochastic; NaN during warm-up. Bit-identical to {@link StochasticOscillator}. */
export function stochasticOscillator(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  fastKPeriod = 14,
  slowKPeriod = 3,
  slowDPeriod = 3,
): StochasticColumns {
  assertPeriod('fastKPeriod', fastKPeriod);
  assertPeriod('slowKPeriod', slowKPeriod);
  assertPeriod('slowDPeriod', slowDPeriod);
  const n = assertSameLength(['close', 'high', 'low'], [close, high, low]);
  const highest = new ColumnWindowMaximum(high, fastKPeriod);
  const lowest = new ColumnWindowMinimum(low, fastKPeriod);
  const k = new Float64Array(n);
  const d = new Float64Array(n);
  const lookback = fastKPeriod - 1 + slowKPeriod - 1 + slowDPeriod - 1;
  k.fill(NaN, 0, Math.min(lookback, n));
  d.fill(NaN, 0, Math.min(lookback, n));
  // Both SMAs with SimpleMovingAverage's running-total arithmetic, kept in locals.
  const raws = new Float64Array(slowKPeriod);
  const smootheds = new Float64Array(slowDPeriod);
  let rawSlot = 0;
  let rawTotal = 0;
  let smoothedSlot = 0;
  let smoothedTotal = 0;
  const kStart = fastKPeriod - 1 + slowKPeriod - 1;
  for (let i = fastKPeriod - 1; i < n; i++) {
    const raw = percentK(highest.at(i), lowest.at(i), close[i]);
    raws[rawSlot] = raw;
    rawSlot = rawSlot + 1 === slowKPeriod ? 0 : rawSlot + 1;
    const withRaw = rawTotal + raw;
    if (i < kStart) {
      rawTotal = withRaw;
      continue;
    }
    const smoothed = withRaw / slowKPeriod;
    rawTotal = withRaw - raws[rawSlot];
    smootheds[smoothedSlot] = smoothed;
    smoothedSlot = smoothedSlot + 1 === slowDPeriod ? 0 : smoothedSlot + 1;
    const withSmoothed = smoothedTotal + smoothed;
    if (i < lookback) {
      smoothedTotal = withSmoothed;
      continue;
    }
    k[i] = smoothed;
    d[i] = withSmoothed / slowDPeriod;
    smoothedTotal = withSmoothed - smootheds[smoothedSlot];
  }
  return { k, d };
}
