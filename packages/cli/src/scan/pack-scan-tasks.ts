import type { Timeframe } from '@goldensignals/engine';
import type { ScanTask } from './scan-task.js';

/**
 * Every task of a scan in one message: the bars of all symbols in a single `Float64Array` on a
 * `SharedArrayBuffer`, so posting it to a worker shares the memory instead of copying it, and any
 * worker can take any symbol (see {@link unpackScanTask}).
 */
export interface PackedScanTasks {
  readonly symbols: readonly string[];
  readonly timeframes: readonly (Timeframe | undefined)[];
  /** Task `i`'s columns start at `offsets[i]` in `values`: time, open, high, low, close, volume, each `lengths[i]` long. */
  readonly offsets: Float64Array;
  readonly lengths: Float64Array;
  readonly values: Float64Array;
}

/** Column order within a task's block of `values`. */
export const PACKED_COLUMNS = ['time', 'open', 'high', 'low', 'close', 'volume'] as const;

/** Copies the tasks' columns into shared memory (one copy, which also frees them from any larger parse buffer). */
export function packScanTasks(tasks: readonly ScanTask[]): PackedScanTasks {
  const offsets = new Float64Array(tasks.length);
  const lengths = new Float64Array(tasks.length);
  let size = 0;
  for (let i = 0; i < tasks.length; i++) {
    offsets[i] = size;
    lengths[i] = tasks[i].columns.time.length;
    size += lengths[i] * PACKED_COLUMNS.length;
  }
  const values = new Float64Array(new SharedArrayBuffer(size * Float64Array.BYTES_PER_ELEMENT));
  for (let i = 0; i < tasks.length; i++) {
    const { columns } = tasks[i];
    PACKED_COLUMNS.forEach((name, k) => values.set(columns[name], offsets[i] + k * lengths[i]));
  }
  return {
    symbols: tasks.map((task) => task.symbol),
    timeframes: tasks.map((task) => task.timeframe),
    offsets,
    lengths,
    values,
  };
}
