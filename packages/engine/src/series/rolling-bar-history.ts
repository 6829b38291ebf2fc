import type { Bar } from './bar.js';
import type { BarHistory } from './bar-history.js';

/**
 * A fixed-capacity ring buffer of the most recent bars, columnar. Used per symbol in live mode so
 * memory stays bounded however long the process runs.
 */
export class RollingBarHistory implements BarHistory {
  readonly capacity: number;
  private readonly times: Float64Array;
  private readonly opens: Float64Array;
  private readonly highs: Float64Array;
  private readonly lows: Float64Array;
  private readonly closes: Float64Array;
  private readonly volumes: Float64Array;
  /** Slot of the current bar. */
  private head = -1;
  private count = 0;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`history capacity must be a positive integer, got ${capacity}`);
    }
    this.capacity = capacity;
    this.times = new Float64Array(capacity);
    this.opens = new Float64Array(capacity);
    this.highs = new Float64Array(capacity);
    this.lows = new Float64Array(capacity);
    this.closes = new Float64Array(capacity);
    this.volumes = new Float64Array(capacity);
  }

  get length(): number {
    return this.count;
  }

  /** Appends a bar as the new current bar, dropping the oldest when full. */
  push(bar: Bar): void {
    const slot = this.head + 1 === this.capacity ? 0 : this.head + 1;
    this.times[slot] = bar.time;
    this.opens[slot] = bar.open;
    this.highs[slot] = bar.high;
    this.lows[slot] = bar.low;
    this.closes[slot] = bar.close;
    this.volumes[slot] = bar.volume;
    this.head = slot;
    if (this.count < this.capacity) this.count++;
  }

  /** Forgets every bar. */
  clear(): void {
    this.head = -1;
    this.count = 0;
  }

  private slot(ago: number): number {
    if (ago < 0 || ago >= this.count) return -1;
    const s = this.head - ago;
    return s < 0 ? s + this.capacity : s;
  }

  time(ago: number): number {
    const s = this.slot(ago);
    return s < 0 ? NaN : this.times[s];
  }
  open(ago: number): number {
    const s = this.slot(ago);
    return s < 0 ? NaN : this.opens[s];
  }
  high(ago: number): number {
    const s = this.slot(ago);
    return s < 0 ? NaN : this.highs[s];
  }
  low(ago: number): number {
    const s = this.slot(ago);
    return s < 0 ? NaN : this.lows[s];
  }
  close(ago: number): number {
    const s = this.slot(ago);
    return s < 0 ? NaN : this.closes[s];
  }
  volume(ago: number): number {
    const s = this.slot(ago);
    return s < 0 ? NaN : this.volumes[s];
  }
}
