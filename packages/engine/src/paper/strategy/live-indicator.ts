import type { BarSeries } from '../../series/bar-series.js';

/**
 * An indicator registered by a strategy run live: the arrays handed to the strategy (sized for
 * every bar the run may see) are refilled after each bar by computing the indicator over the bars
 * so far. Indicators only look back, so each value is the one a backtest over the whole series
 * computes at that bar.
 */
export class LiveIndicator {
  readonly outputs: Float64Array[];

  constructor(
    private readonly compute: (series: BarSeries) => ArrayLike<number> | readonly ArrayLike<number>[],
    capacity: number,
    width: number,
  ) {
    this.outputs = Array.from({ length: width }, () => new Float64Array(capacity).fill(NaN));
  }

  /** Recomputes over `series` (the bars so far) and returns its first defined index, Infinity while none is. */
  refresh(series: BarSeries): number {
    const result = this.compute(series);
    const rows = isRows(result) ? result : [result];
    if (rows.length !== this.outputs.length) throw new RangeError(`indicator gave ${rows.length} rows, then ${this.outputs.length}`);
    let first = 0;
    rows.forEach((row, k) => {
      if (row.length !== series.length) throw new RangeError(`indicator has ${row.length} values; the series has ${series.length} bars`);
      this.outputs[k].set(row);
      let i = 0;
      while (i < row.length && Number.isNaN(row[i])) i++;
      first = Math.max(first, i < row.length ? i : Infinity);
    });
    return first;
  }
}

/** True for several value rows (e.g. bands) rather than one. */
export function isRows(value: unknown): value is readonly ArrayLike<number>[] {
  return Array.isArray(value) && value.length > 0 && typeof value[0] === 'object';
}
