import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { scanSymbol } from './scan-symbol.js';
import type { ScanOutcome, ScanSettings, ScanTask } from './scan-task.js';

/** Options of {@link runScan}. */
export interface RunScanOptions extends ScanSettings {
  /** Worker threads; default one per available core. 1 runs in this thread. */
  readonly workers?: number;
  /** Symbols handed to a worker at a time: large enough to amortise messaging, small enough to balance load. */
  readonly batchSize?: number;
  /** Called after each finished symbol. */
  readonly onProgress?: (done: number, total: number) => void;
}

const workerFile = new URL('./scan-worker.js', import.meta.url);

/**
 * Scans every task, in parallel on worker threads when more than one is asked for and the compiled
 * worker exists (running from TypeScript sources, e.g. under vitest, scans in this thread). Outcomes
 * come back in task order.
 */
export async function runScan(tasks: readonly ScanTask[], options: RunScanOptions): Promise<ScanOutcome[]> {
  const settings: ScanSettings = { learn: options.learn };
  const wanted = Math.max(1, Math.min(options.workers ?? availableParallelism(), tasks.length));
  if (wanted === 1 || !existsSync(fileURLToPath(workerFile))) {
    return tasks.map((task, i) => {
      const outcome = scanSymbol(task, settings);
      options.onProgress?.(i + 1, tasks.length);
      return outcome;
    });
  }
  const batchSize = options.batchSize ?? 8;
  const outcomes = new Array<ScanOutcome>(tasks.length);
  let next = 0;
  let done = 0;
  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(workerFile, { workerData: settings });
      let batchStart = 0;
      const sendNext = (): void => {
        if (next >= tasks.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        batchStart = next;
        next = Math.min(tasks.length, next + batchSize);
        worker.postMessage(tasks.slice(batchStart, next));
      };
      worker.on('message', (results: ScanOutcome[]) => {
        for (let i = 0; i < results.length; i++) outcomes[batchStart + i] = results[i];
        done += results.length;
        options.onProgress?.(done, tasks.length);
        sendNext();
      });
      worker.on('error', reject);
      sendNext();
    });
  await Promise.all(Array.from({ length: wanted }, runWorker));
  return outcomes;
}
