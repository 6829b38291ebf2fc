import type { Bar } from './bar.js';
import type { Timeframe } from './timeframe.js';

/** Column arrays of a bar series, one `Float64Array` per field, all of the same length. */
export interface BarColumns {
  readonly time: Float64Array;
  readonly open: Float64Array;
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
  readonly volume: Float64Array;
}

/** Descriptive metadata of a series. */
export interface BarSeriesMeta {
  readonly symbol: string;
  readonly timeframe?: Timeframe;
}

/**
 * An immutable, columnar series of bars in ascending time order.
 * Columns are shared, not copied: treat them as read-only.
 */
export class BarSeries implements BarColumns {
  readonly symbol: string;
  readonly timeframe: Timeframe | undefined;
  readonly time: Float64Array;
  readonly open: Float64Array;
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
  readonly volume: Float64Array;

  constructor(meta: BarSeriesMeta, columns: BarColumns) {
    const n = columns.time.length;
    for (const name of ['open', 'high', 'low', 'close', 'volume'] as const) {
      if (columns[name].length !== n) {
        throw new RangeError(`column ${name} has ${columns[name].length} values, time has ${n}`);
      }
    }
    this.symbol = meta.symbol;
    this.timeframe = meta.timeframe;
    this.time = columns.time;
    this.open = columns.open;
    this.high = columns.high;
    this.low = columns.low;
    this.close = columns.close;
    this.volume = columns.volume;
  }

  /** Builds a series from bar objects (copied into columns). */
  static fromBars(meta: BarSeriesMeta, bars: readonly Bar[]): BarSeries {
    const n = bars.length;
    const columns = {
      time: new Float64Array(n),
      open: new Float64Array(n),
      high: new Float64Array(n),
      low: new Float64Array(n),
      close: new Float64Array(n),
      volume: new Float64Array(n),
    };
    for (let i = 0; i < n; i++) {
      const bar = bars[i];
      columns.time[i] = bar.time;
      columns.open[i] = bar.open;
      columns.high[i] = bar.high;
      columns.low[i] = bar.low;
      columns.close[i] = bar.close;
      columns.volume[i] = bar.volume;
    }
    return new BarSeries(meta, columns);
  }

  /** Number of bars. */
  get length(): number {
    return this.time.length;
  }

  /** The bar at `index` as an object (allocates; avoid in hot loops). */
  bar(index: number): Bar {
    if (index < 0 || index >= this.length) {
      throw new RangeError(`bar index ${index} is outside 0..${this.length - 1}`);
    }
    return {
      time: this.time[index],
      open: this.open[index],
      high: this.high[index],
      low: this.low[index],
      close: this.close[index],
      volume: this.volume[index],
    };
  }

  /** Bars `start` (inclusive) to `end` (exclusive) as a view sharing this series' memory. */
  slice(start: number, end: number = this.length): BarSeries {
    const s = Math.max(0, start);
    const e = Math.min(this.length, end);
    return new BarSeries(
      { symbol: this.symbol, timeframe: this.timeframe },
      {
        time: this.time.subarray(s, e),
        open: this.open.subarray(s, e),
        high: this.high.subarray(s, e),
        low: this.low.subarray(s, e),
        close: this.close.subarray(s, e),
        volume: this.volume.subarray(s, e),
      },
    );
  }
}
