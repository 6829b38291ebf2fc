import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { ExponentialMovingAverage, exponentialMovingAverage } from '../moving-averages/exponential-moving-average.js';
import { assertPeriod } from '../support/assert-period.js';
import { assertNonNegative } from './assert-non-negative.js';
import { AverageTrueRange, averageTrueRange } from './average-true-range.js';

/**
 * One Keltner Channel reading. A type alias rather than an interface so it fits the contract's
 * `Record<string, number>`.
 */
export type KeltnerChannelValue = {
  readonly upper: number;
  readonly middle: number;
  readonly lower: number;
};

/** Keltner Channel columns from the batch function; NaN during warm-up. */
export type KeltnerChannelColumns = {
  readonly upper: Float64Array;
  readonly middle: Float64Array;
  readonly lower: Float64Array;
};

/**
 * Keltner Channel, the StockCharts (Chester Keltner / Linda Raschke) version
 * (school.stockcharts.com, "Keltner Channels"): middle = EMA(close, period), bands = middle ±
 * multiplier * ATR(atrPeriod). The EMA and ATR follow TA-Lib (EMA seeded with an SMA, Wilder ATR
 * seeded with the mean of the first atrPeriod true ranges from bar 1), so the first value is at
 * max(period - 1, atrPeriod). The reference values for StockCharts' example (cs-kc.csv, from the `ta`
 * library) seed both series from the first bar instead; that difference decays geometrically and
 * the tests check exactly that.
 */
export class KeltnerChannel implements StreamingIndicator<Bar, KeltnerChannelValue> {
  readonly lookback: number;
  value: KeltnerChannelValue | null = null;
  private readonly multiplier: number;
  private readonly ema: ExponentialMovingAverage;
  private readonly atr: AverageTrueRange;

  constructor(period = 20, multiplier = 2, atrPeriod = 10) {
    assertPeriod('period', period);
    assertNonNegative('multiplier', multiplier);
    assertPeriod('atrPeriod', atrPeriod);
    this.multiplier = multiplier;
    this.ema = new ExponentialMovingAverage(period);
    this.atr = new AverageTrueRange(atrPeriod);
    this.lookback = Math.max(period - 1, atrPeriod);
  }

  update(bar: Bar): KeltnerChannelValue | null {
    const middle = this.ema.update(bar.close);
    const atr = this.atr.update(bar);
    if (middle === null || atr === null) return null;
    const width = this.multiplier * atr;
    this.value = { upper: middle + width, middle, lower: middle - width };
    return this.value;
  }

  reset(): void {
    this.ema.reset();
    this.atr.reset();
    this.value = null;
  }
}

/** Batch Keltner Channel; NaN during warm-up. Bit-identical to {@link KeltnerChannel}. */
export function keltnerChannel(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  period = 20,
  multiplier = 2,
  atrPeriod = 10,
): KeltnerChannelColumns {
  assertPeriod('period', period);
  assertNonNegative('multiplier', multiplier);
  assertPeriod('atrPeriod', atrPeriod);
  const atr = averageTrueRange(high, low, close, atrPeriod);
  const middle = exponentialMovingAverage(close, period);
  const n = close.length;
  const start = Math.max(period - 1, atrPeriod);
  const upper = new Float64Array(n).fill(NaN, 0, Math.min(start, n));
  const lower = new Float64Array(n).fill(NaN, 0, Math.min(start, n));
  for (let i = start; i < n; i++) {
    const width = multiplier * atr[i];
    upper[i] = middle[i] + width;
    lower[i] = middle[i] - width;
  }
  middle.fill(NaN, 0, Math.min(start, n));
  return { upper, middle, lower };
}
