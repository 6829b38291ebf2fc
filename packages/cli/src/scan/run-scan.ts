import { availableParallelism } from 'node:os';
import { ScanPool, type ScanProgress } from './scan-pool.js';
import type { ScanOutcome, ScanSettings, ScanTask } from './scan-task.js';

/** Options of {@link runScan}. */
export interface RunScanOptions extends ScanSettings {
  /** Threads that scan; default one per available core. 1 scans in this thread only. */
  readonly workers?: number;
  /** Called as symbols finish. */
  readonly onProgress?: ScanProgress;
}

/**
 * Scans every task on a {@link ScanPool} started for it; outcomes come back in task order. Given a
 * promise of the tasks (a file still being read), the workers start loading at once instead of after.
 */
export async function runScan(tasks: readonly ScanTask[] | Promise<readonly ScanTask[]>, options: RunScanOptions): Promise<ScanOutcome[]> {
  const wanted = options.workers ?? availableParallelism();
  const threads = tasks instanceof Promise ? wanted : Math.max(1, Math.min(wanted, tasks.length));
  const pool = ScanPool.start(threads, { learn: options.learn });
  try {
    return await pool.scan(await tasks, options.onProgress);
  } finally {
    await pool.close();
  }
}
