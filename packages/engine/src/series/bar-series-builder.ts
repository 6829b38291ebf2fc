import type { Bar } from './bar.js';
import { BarSeries, type BarColumns, type BarSeriesMeta } from './bar-series.js';

const MIN_CAPACITY = 16;

/**
 * Appends bars into growable columns (capacity doubles when full, from at least 16) and ends in an
 * exact-length {@link BarSeries}, so readers that do not know the row count up front pay amortised
 * O(1) per bar. `initialCapacity` may be 0 (nothing allocated until the first bar).
 */
export class BarSeriesBuilder {
  private times: Float64Array;
  private opens: Float64Array;
  private highs: Float64Array;
  private lows: Float64Array;
  private closes: Float64Array;
  private volumes: Float64Array;
  private count = 0;

  constructor(initialCapacity = 256) {
    if (!Number.isInteger(initialCapacity) || initialCapacity < 0) {
      throw new RangeError(`initialCapacity must be an integer >= 0, got ${initialCapacity}`);
    }
    this.times = new Float64Array(initialCapacity);
    this.opens = new Float64Array(initialCapacity);
    this.highs = new Float64Array(initialCapacity);
    this.lows = new Float64Array(initialCapacity);
    this.closes = new Float64Array(initialCapacity);
    this.volumes = new Float64Array(initialCapacity);
  }

  /** Bars appended so far. */
  get length(): number {
    return this.count;
  }

  /** Appends one bar given field by field (no object needed in hot loops). */
  push(time: number, open: number, high: number, low: number, close: number, volume: number): void {
    if (this.count === this.times.length) this.grow();
    const i = this.count++;
    this.times[i] = time;
    this.opens[i] = open;
    this.highs[i] = high;
    this.lows[i] = low;
    this.closes[i] = close;
    this.volumes[i] = volume;
  }

  /** Appends one bar object. */
  pushBar(bar: Bar): void {
    this.push(bar.time, bar.open, bar.high, bar.low, bar.close, bar.volume);
  }

  /** Time of the bar at `index` (0-based in append order). */
  timeAt(index: number): number {
    if (index < 0 || index >= this.count) throw new RangeError(`bar index ${index} is outside 0..${this.count - 1}`);
    return this.times[index];
  }

  /**
   * Exact-length columns of the bars appended so far; the builder stays usable. When the bars fill the
   * capacity exactly (the caller sized it right), the arrays are handed over without a copy: that is
   * safe because the next append finds the builder full and moves to new arrays first.
   */
  columns(): BarColumns {
    const n = this.count;
    if (n === this.times.length) {
      return { time: this.times, open: this.opens, high: this.highs, low: this.lows, close: this.closes, volume: this.volumes };
    }
    return {
      time: this.times.slice(0, n),
      open: this.opens.slice(0, n),
      high: this.highs.slice(0, n),
      low: this.lows.slice(0, n),
      close: this.closes.slice(0, n),
      volume: this.volumes.slice(0, n),
    };
  }

  /** The bars appended so far as an exact-length series (copied, so spare capacity is not kept alive). */
  build(meta: BarSeriesMeta): BarSeries {
    return new BarSeries(meta, this.columns());
  }

  private grow(): void {
    const capacity = Math.max(MIN_CAPACITY, this.times.length * 2);
    this.times = enlarge(this.times, capacity);
    this.opens = enlarge(this.opens, capacity);
    this.highs = enlarge(this.highs, capacity);
    this.lows = enlarge(this.lows, capacity);
    this.closes = enlarge(this.closes, capacity);
    this.volumes = enlarge(this.volumes, capacity);
  }
}

function enlarge(values: Float64Array, capacity: number): Float64Array {
  const next = new Float64Array(capacity);
  next.set(values);
  return next;
}
