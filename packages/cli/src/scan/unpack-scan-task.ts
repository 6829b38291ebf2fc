import type { PackedScanTasks } from './pack-scan-tasks.js';
import type { ScanTask } from './scan-task.js';

/** Task `index` of packed tasks, its columns views into the shared values (nothing is copied). */
export function unpackScanTask(packed: PackedScanTasks, index: number): ScanTask {
  const start = packed.offsets[index];
  const n = packed.lengths[index];
  const column = (k: number): Float64Array => packed.values.subarray(start + k * n, start + (k + 1) * n);
  return {
    symbol: packed.symbols[index],
    timeframe: packed.timeframes[index],
    columns: { time: column(0), open: column(1), high: column(2), low: column(3), close: column(4), volume: column(5) },
  };
}
