import type { PackedScanTasks } from './pack-scan-tasks.js';
import { scanSymbol } from './scan-symbol.js';
import type { ScanOutcome, ScanSettings } from './scan-task.js';
import { unpackScanTask } from './unpack-scan-task.js';

/** One scan shared by every thread taking part: the tasks and the counters they claim them by. */
export interface ScanJob {
  readonly tasks: PackedScanTasks;
  /** On a `SharedArrayBuffer`: `[NEXT_TASK]` is the next task to claim, `[FINISHED_TASKS]` how many are done. */
  readonly counters: Int32Array;
}

/** What a worker posts back for each task it finished. */
export interface ScanJobOutcome {
  readonly index: number;
  readonly outcome: ScanOutcome;
}

export const NEXT_TASK = 0;
export const FINISHED_TASKS = 1;

/** A job over `tasks` with fresh counters. */
export function createScanJob(tasks: PackedScanTasks): ScanJob {
  return { tasks, counters: new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT)) };
}

/**
 * Scans tasks of the job until none is left, claiming one at a time from the shared counter: a thread
 * that runs faster (or started earlier) simply takes more, so all threads finish within one symbol of
 * each other and no thread waits on a message round trip for its next batch.
 */
export function runScanJob(job: ScanJob, settings: ScanSettings, onOutcome: (index: number, outcome: ScanOutcome) => void): void {
  const count = job.tasks.symbols.length;
  for (let index = Atomics.add(job.counters, NEXT_TASK, 1); index < count; index = Atomics.add(job.counters, NEXT_TASK, 1)) {
    const outcome = scanSymbol(unpackScanTask(job.tasks, index), settings);
    Atomics.add(job.counters, FINISHED_TASKS, 1);
    onOutcome(index, outcome);
  }
}
