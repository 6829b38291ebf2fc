import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packScanTasks } from './pack-scan-tasks.js';
import { createScanJob, FINISHED_TASKS, runScanJob, type ScanJobOutcome } from './scan-job.js';
import { scanSymbol } from './scan-symbol.js';
import type { ScanOutcome, ScanSettings, ScanTask, ScanWorkerData } from './scan-task.js';

const workerFile = new URL('./scan-worker.js', import.meta.url);

/** Called with how many tasks are finished (by any thread) and how many there are; may repeat a count. */
export type ScanProgress = (finished: number, total: number) => void;

/**
 * The threads a scan runs on: this thread plus `threads - 1` worker threads, started by
 * {@link ScanPool.start} before the tasks exist so that each worker loads the engine, and warms its
 * JIT up on a made-up series, while the bar file is still being read. A scan shares all tasks with the workers in one message (shared memory)
 * and every thread, this one included, claims symbols one at a time until none is left. Running from
 * TypeScript sources (under vitest) there is no compiled worker, and this thread scans alone.
 * Call {@link close} when done: live workers keep the process running.
 */
export class ScanPool {
  readonly #settings: ScanSettings;
  readonly #workers: readonly Worker[];
  /** Shared with the workers: set when the first scan starts, which ends their warm-up. */
  readonly #started: Int32Array;
  /** The first worker failure: it fails the running scan and any later one. */
  #failure: Error | undefined;
  #onFailure: ((error: Error) => void) | undefined;
  #scanning = false;
  #closed = false;

  private constructor(settings: ScanSettings, workers: readonly Worker[], started: Int32Array) {
    this.#settings = settings;
    this.#workers = workers;
    this.#started = started;
    for (const worker of workers) {
      worker.on('error', (error) => this.#fail(error));
      worker.on('exit', (code) => {
        if (!this.#closed) this.#fail(new Error(`a scan worker stopped unexpectedly (exit code ${code})`));
      });
    }
  }

  /** Starts the worker threads of a scan on `threads` threads (1: none). */
  static start(threads: number, settings: ScanSettings): ScanPool {
    if (!Number.isInteger(threads) || threads < 1) throw new RangeError(`threads must be an integer >= 1, got ${threads}`);
    const helpers = threads > 1 && existsSync(fileURLToPath(workerFile)) ? threads - 1 : 0;
    const started = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    const workerData: ScanWorkerData = { settings, started };
    return new ScanPool(settings, Array.from({ length: helpers }, () => new Worker(workerFile, { workerData })), started);
  }

  /** Threads that scan: the workers and this one. */
  get threads(): number {
    return this.#workers.length + 1;
  }

  /** Scans every task; outcomes come back in task order, whichever thread computed them. */
  async scan(tasks: readonly ScanTask[], onProgress?: ScanProgress): Promise<ScanOutcome[]> {
    if (this.#closed) throw new Error('the scan pool is closed');
    if (this.#scanning) throw new Error('a scan is already running on this pool');
    if (this.#failure) throw this.#failure;
    this.#scanning = true;
    Atomics.store(this.#started, 0, 1);
    try {
      // One symbol each is the most a thread can take, so a small scan leaves the other workers idle.
      const helpers = this.#workers.slice(0, Math.max(0, tasks.length - 1));
      return helpers.length === 0 ? this.#scanHere(tasks, onProgress) : await this.#scanShared(tasks, helpers, onProgress);
    } finally {
      this.#scanning = false;
    }
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    this.#closed = true;
    Atomics.store(this.#started, 0, 1);
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  #scanHere(tasks: readonly ScanTask[], onProgress: ScanProgress | undefined): ScanOutcome[] {
    return tasks.map((task, i) => {
      const outcome = scanSymbol(task, this.#settings);
      onProgress?.(i + 1, tasks.length);
      return outcome;
    });
  }

  async #scanShared(tasks: readonly ScanTask[], helpers: readonly Worker[], onProgress: ScanProgress | undefined): Promise<ScanOutcome[]> {
    const total = tasks.length;
    const outcomes = new Array<ScanOutcome>(total);
    const job = createScanJob(packScanTasks(tasks));
    let collected = 0;
    let scannedHere = false;
    let settle = (): void => undefined;
    const onMessage = ({ index, outcome }: ScanJobOutcome): void => {
      outcomes[index] = outcome;
      collected++;
      onProgress?.(Atomics.load(job.counters, FINISHED_TASKS), total);
      if (scannedHere && collected === total) settle();
    };
    const done = new Promise<void>((resolve, reject) => {
      settle = resolve;
      this.#onFailure = reject;
    });
    for (const worker of helpers) {
      worker.on('message', onMessage);
      worker.postMessage(job);
    }
    try {
      // This thread's outcomes are counted as they come; the workers' arrive as messages once it is done.
      runScanJob(job, this.#settings, (index, outcome) => {
        outcomes[index] = outcome;
        collected++;
        onProgress?.(Atomics.load(job.counters, FINISHED_TASKS), total);
      });
      scannedHere = true;
      if (collected === total) settle();
      await done;
      return outcomes;
    } finally {
      this.#onFailure = undefined;
      for (const worker of helpers) worker.off('message', onMessage);
    }
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    this.#onFailure?.(error);
  }
}
