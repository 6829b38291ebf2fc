import type { Bar } from '../../series/bar.js';
import type { BarColumns } from '../../series/bar-series.js';
import type { BarCursor } from './bar-cursor.js';

/**
 * The bars a strategy may see: the first bar up to the current one (all of them during `init`).
 * `ago` counts back from the current bar (0 = current, 1 = previous: Python's `[-1]`, `[-2]`);
 * a bar before the first is NaN.
 */
export class RevealedBars {
  constructor(
    private readonly columns: BarColumns,
    private readonly cursor: BarCursor,
  ) {}

  /** Number of bars revealed so far. */
  get length(): number {
    return this.cursor.index + 1;
  }

  time(ago = 0): number {
    return this.value(this.columns.time, ago);
  }

  open(ago = 0): number {
    return this.value(this.columns.open, ago);
  }

  high(ago = 0): number {
    return this.value(this.columns.high, ago);
  }

  low(ago = 0): number {
    return this.value(this.columns.low, ago);
  }

  close(ago = 0): number {
    return this.value(this.columns.close, ago);
  }

  volume(ago = 0): number {
    return this.value(this.columns.volume, ago);
  }

  /** The bar at absolute `index` (0..current) as a new object. */
  at(index: number): Bar {
    if (!Number.isInteger(index) || index < 0 || index > this.cursor.index) {
      throw new RangeError(`bar index ${index} is outside the revealed bars 0..${this.cursor.index}`);
    }
    const c = this.columns;
    return { time: c.time[index], open: c.open[index], high: c.high[index], low: c.low[index], close: c.close[index], volume: c.volume[index] };
  }

  private value(column: Float64Array, ago: number): number {
    const index = this.cursor.index - ago;
    if (!Number.isInteger(ago) || ago < 0) throw new RangeError(`ago must be an integer >= 0, got ${ago}`);
    return index >= 0 ? column[index] : NaN;
  }
}
