import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { assertSameLength } from '../support/assert-same-length.js';
import { assertPeriod } from '../support/assert-period.js';
import { ColumnWindowMaximum, ColumnWindowMinimum, RollingMaximum, RollingMinimum } from '../support/rolling-extremes.js';

/** Ichimoku lines at one bar. */
export type IchimokuCloudValue = {
  /** Tenkan-sen: midpoint of the highest high and lowest low of the conversion period. */
  readonly conversion: number;
  /** Kijun-sen: the same over the base period. */
  readonly base: number;
  /** Senkou span A computed from data up to this bar: (conversion + base) / 2, plotted ahead. */
  readonly leadingSpanA: number;
  /** Senkou span B computed from data up to this bar: the midpoint over the span-B period. */
  readonly leadingSpanB: number;
  /** Span A computed `displacement` bars ago: the cloud edge at this bar. */
  readonly cloudA: number;
  /** Span B computed `displacement` bars ago: the other cloud edge at this bar. */
  readonly cloudB: number;
};

/** Batch columns of {@link ichimokuCloud}. */
export type IchimokuCloudColumns = {
  readonly conversion: Float64Array;
  readonly base: Float64Array;
  readonly leadingSpanA: Float64Array;
  readonly leadingSpanB: Float64Array;
  readonly cloudA: Float64Array;
  readonly cloudB: Float64Array;
};

/** Rolling midpoint (highest high + lowest low) / 2 of the last `period` bars. */
class RollingMidpoint {
  private readonly highest: RollingMaximum;
  private readonly lowest: RollingMinimum;

  constructor(name: string, period: number) {
    assertPeriod(name, period);
    this.highest = new RollingMaximum(period);
    this.lowest = new RollingMinimum(period);
  }

  next(high: number, low: number): number {
    return (this.highest.update(high) + this.lowest.update(low)) / 2;
  }

  reset(): void {
    this.highest.reset();
    this.lowest.reset();
  }
}

/**
 * Ichimoku Kinko Hyo (Hosoda; not in TA-Lib), with the lines as defined by StockCharts ChartSchool
 * ("Ichimoku Cloud"): conversion (9), base (26), span A = (conversion + base) / 2 and span B = the
 * 52-bar midpoint, both plotted `displacement` (default: the base period, 26) bars ahead. To stay
 * free of look-ahead the spans are reported on the bar they are computed, and `cloudA`/`cloudB`
 * are the spans computed `displacement` bars ago, i.e. the cloud drawn at the current bar
 * (TradingView's script shifts by displacement - 1 instead). The lagging span (close plotted 26
 * bars back) is not a line at the current bar and is omitted. The value appears once every line
 * exists: lookback = max(periods) - 1 + displacement (77 for 9/26/52).
 */
export class IchimokuCloud implements StreamingIndicator<Bar, IchimokuCloudValue> {
  readonly lookback: number;
  value: IchimokuCloudValue | null = null;
  private readonly conversionLine: RollingMidpoint;
  private readonly baseLine: RollingMidpoint;
  private readonly spanBLine: RollingMidpoint;
  private readonly spansA: Float64Array;
  private readonly spansB: Float64Array;
  private slot = 0;
  private count = 0;

  constructor(conversionPeriod = 9, basePeriod = 26, spanBPeriod = 52, displacement = basePeriod) {
    this.conversionLine = new RollingMidpoint('conversionPeriod', conversionPeriod);
    this.baseLine = new RollingMidpoint('basePeriod', basePeriod);
    this.spanBLine = new RollingMidpoint('spanBPeriod', spanBPeriod);
    assertPeriod('displacement', displacement);
    this.spansA = new Float64Array(displacement);
    this.spansB = new Float64Array(displacement);
    this.lookback = Math.max(conversionPeriod, basePeriod, spanBPeriod) - 1 + displacement;
  }

  update(bar: Bar): IchimokuCloudValue | null {
    const conversion = this.conversionLine.next(bar.high, bar.low);
    const base = this.baseLine.next(bar.high, bar.low);
    const leadingSpanB = this.spanBLine.next(bar.high, bar.low);
    const leadingSpanA = (conversion + base) / 2;
    const slot = this.slot;
    const cloudA = this.spansA[slot];
    const cloudB = this.spansB[slot];
    this.spansA[slot] = leadingSpanA;
    this.spansB[slot] = leadingSpanB;
    this.slot = slot + 1 === this.spansA.length ? 0 : slot + 1;
    if (this.count < this.lookback) {
      this.count++;
      return null;
    }
    this.value = { conversion, base, leadingSpanA, leadingSpanB, cloudA, cloudB };
    return this.value;
  }

  reset(): void {
    this.conversionLine.reset();
    this.baseLine.reset();
    this.spanBLine.reset();
    this.spansA.fill(0);
    this.spansB.fill(0);
    this.slot = 0;
    this.count = 0;
    this.value = null;
  }
}

/** Batch Ichimoku; every column NaN until the lookback. Bit-identical to {@link IchimokuCloud}. */
export function ichimokuCloud(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  conversionPeriod = 9,
  basePeriod = 26,
  spanBPeriod = 52,
  displacement = basePeriod,
): IchimokuCloudColumns {
  const n = assertSameLength(['close', 'high', 'low'], [close, high, low]);
  assertPeriod('conversionPeriod', conversionPeriod);
  assertPeriod('basePeriod', basePeriod);
  assertPeriod('spanBPeriod', spanBPeriod);
  assertPeriod('displacement', displacement);
  // Same extremes as the streaming deques, found by the faster batch scan.
  const conversionHigh = new ColumnWindowMaximum(high, conversionPeriod);
  const conversionLow = new ColumnWindowMinimum(low, conversionPeriod);
  const baseHigh = new ColumnWindowMaximum(high, basePeriod);
  const baseLow = new ColumnWindowMinimum(low, basePeriod);
  const spanBHigh = new ColumnWindowMaximum(high, spanBPeriod);
  const spanBLow = new ColumnWindowMinimum(low, spanBPeriod);
  const lookback = Math.max(conversionPeriod, basePeriod, spanBPeriod) - 1 + displacement;
  const conversion = new Float64Array(n);
  const base = new Float64Array(n);
  const leadingSpanA = new Float64Array(n);
  const leadingSpanB = new Float64Array(n);
  const cloudA = new Float64Array(n);
  const cloudB = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    conversion[i] = (conversionHigh.at(i) + conversionLow.at(i)) / 2;
    base[i] = (baseHigh.at(i) + baseLow.at(i)) / 2;
    leadingSpanB[i] = (spanBHigh.at(i) + spanBLow.at(i)) / 2;
    leadingSpanA[i] = (conversion[i] + base[i]) / 2;
    cloudA[i] = i >= displacement ? leadingSpanA[i - displacement] : NaN;
    cloudB[i] = i >= displacement ? leadingSpanB[i - displacement] : NaN;
  }
  // Lines from partial windows were needed for the cloud arithmetic only; hide them as warm-up.
  const warm = Math.min(lookback, n);
  for (const column of [conversion, base, leadingSpanA, leadingSpanB, cloudA, cloudB]) column.fill(NaN, 0, warm);
  return { conversion, base, leadingSpanA, leadingSpanB, cloudA, cloudB };
}
