import type { Bar } from '../../series/bar.js';
import type { BarColumns } from '../../series/bar-series.js';

const COLUMNS = ['time', 'open', 'high', 'low', 'close', 'volume'] as const;

/**
 * One symbol's bars so far, in columns with spare room (NaN past `count`). The broker reads its
 * prices by bar index from columns fixed when it is built, so the tape only grows by being copied
 * into a larger one (and the broker rebuilt over it, see `SymbolBook`).
 */
export class BarTape implements BarColumns {
  readonly time: Float64Array;
  readonly open: Float64Array;
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
  readonly volume: Float64Array;
  count = 0;

  constructor(capacity: number) {
    this.time = new Float64Array(capacity).fill(NaN);
    this.open = new Float64Array(capacity).fill(NaN);
    this.high = new Float64Array(capacity).fill(NaN);
    this.low = new Float64Array(capacity).fill(NaN);
    this.close = new Float64Array(capacity).fill(NaN);
    this.volume = new Float64Array(capacity).fill(NaN);
  }

  get capacity(): number {
    return this.time.length;
  }

  get isFull(): boolean {
    return this.count === this.capacity;
  }

  /** A copy with room for `capacity` bars. */
  grown(capacity: number): BarTape {
    const tape = new BarTape(capacity);
    for (const name of COLUMNS) tape[name].set(this[name].subarray(0, this.count));
    tape.count = this.count;
    return tape;
  }

  push(bar: Bar): void {
    if (this.isFull) throw new RangeError('bar tape is full');
    const k = this.count++;
    this.time[k] = bar.time;
    this.open[k] = bar.open;
    this.high[k] = bar.high;
    this.low[k] = bar.low;
    this.close[k] = bar.close;
    this.volume[k] = bar.volume;
  }

  /** The bars as plain arrays (for JSON). */
  toJSON(): Record<(typeof COLUMNS)[number], number[]> {
    const out = {} as Record<(typeof COLUMNS)[number], number[]>;
    for (const name of COLUMNS) out[name] = Array.from(this[name].subarray(0, this.count));
    return out;
  }

  /** A full tape (no spare room) from {@link toJSON} output. */
  static fromJSON(json: Readonly<Record<(typeof COLUMNS)[number], readonly number[]>>): BarTape {
    const tape = new BarTape(json.time.length);
    for (const name of COLUMNS) {
      if (json[name].length !== json.time.length) throw new RangeError(`bar column ${name} has ${json[name].length} values, time has ${json.time.length}`);
      tape[name].set(json[name]);
    }
    tape.count = json.time.length;
    return tape;
  }
}
