import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { assertSameLength } from '../support/assert-same-length.js';

/**
 * Classic floor-trader pivot levels. A type alias rather than an interface so it fits the contract's
 * `Record<string, number>`.
 */
export type PivotPointsValue = {
  readonly pivot: number;
  readonly r1: number;
  readonly r2: number;
  readonly r3: number;
  readonly s1: number;
  readonly s2: number;
  readonly s3: number;
};

/** Pivot point columns from the batch function; NaN at index 0. */
export type PivotPointsColumns = {
  readonly pivot: Float64Array;
  readonly r1: Float64Array;
  readonly r2: Float64Array;
  readonly r3: Float64Array;
  readonly s1: Float64Array;
  readonly s2: Float64Array;
  readonly s3: Float64Array;
};

/**
 * The floor pivots of one bar: P = (H+L+C)/3, R1 = 2P-L, S1 = 2P-H, R2 = P+(H-L), S2 = P-(H-L)
 * (StockCharts ChartSchool, "Pivot Points", standard pivots), R3 = H+2(P-L), S3 = L-2(H-P)
 * (Wikipedia, "Pivot point (technical analysis)").
 */
export function floorPivotsOf(high: number, low: number, close: number): PivotPointsValue {
  const pivot = (high + low + close) / 3;
  const range = high - low;
  return {
    pivot,
    r1: 2 * pivot - low,
    r2: pivot + range,
    r3: high + 2 * (pivot - low),
    s1: 2 * pivot - high,
    s2: pivot - range,
    s3: low - 2 * (high - pivot),
  };
}

/**
 * Classic floor pivot points for the current bar, computed from the PREVIOUS bar's high, low and
 * close (feed daily bars for daily pivots, weekly for weekly). Lookback 1: the first bar has no
 * previous bar.
 */
export class PivotPoints implements StreamingIndicator<Bar, PivotPointsValue> {
  readonly lookback = 1;
  value: PivotPointsValue | null = null;
  private started = false;
  private high = 0;
  private low = 0;
  private close = 0;

  update(bar: Bar): PivotPointsValue | null {
    const started = this.started;
    const { high, low, close } = this;
    this.started = true;
    this.high = bar.high;
    this.low = bar.low;
    this.close = bar.close;
    if (!started) return null;
    this.value = floorPivotsOf(high, low, close);
    return this.value;
  }

  reset(): void {
    this.started = false;
    this.high = 0;
    this.low = 0;
    this.close = 0;
    this.value = null;
  }
}

/** Batch floor pivots (bar i from bar i-1); NaN at index 0. Bit-identical to {@link PivotPoints}. */
export function pivotPoints(high: ArrayLike<number>, low: ArrayLike<number>, close: ArrayLike<number>): PivotPointsColumns {
  const n = assertSameLength(['high', 'low', 'close'], [high, low, close]);
  const columns = {
    pivot: new Float64Array(n),
    r1: new Float64Array(n),
    r2: new Float64Array(n),
    r3: new Float64Array(n),
    s1: new Float64Array(n),
    s2: new Float64Array(n),
    s3: new Float64Array(n),
  };
  if (n === 0) return columns;
  for (const column of Object.values(columns)) column[0] = NaN;
  for (let i = 1; i < n; i++) {
    const h = high[i - 1];
    const l = low[i - 1];
    const pivot = (h + l + close[i - 1]) / 3;
    const range = h - l;
    columns.pivot[i] = pivot;
    columns.r1[i] = 2 * pivot - l;
    columns.r2[i] = pivot + range;
    columns.r3[i] = h + 2 * (pivot - l);
    columns.s1[i] = 2 * pivot - h;
    columns.s2[i] = pivot - range;
    columns.s3[i] = l - 2 * (h - pivot);
  }
  return columns;
}
