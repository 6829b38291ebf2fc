import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packScanTasks } from './pack-scan-tasks.js';
import { runClaimedTasks, type ClaimedTaskOutcome } from './run-claimed-tasks.js';
import { createScanJob, FINISHED_TASKS } from './scan-job.js';
import type { ScanTask } from './scan-task.js';

/** Options of {@link runSymbolJobs}. */
export interface RunSymbolJobsOptions {
  /** Threads to run on, this one included (1: no worker threads). */
  readonly workers: number;
  /** Called as symbols finish, with how many are done (by any thread) and how many there are. */
  readonly onProgress?: (finished: number, total: number) => void;
}

/** What a command runs per symbol: here, or in the worker file (which runs `runClaimedTasks` with `runOne`). */
export interface SymbolJobKind<Plan, Outcome> {
  /** What the work is called in error messages, e.g. "backtest". */
  readonly name: string;
  /** Compiled worker entry; it receives the plan as workerData and posts `{ index, outcome }` per symbol. */
  readonly workerFile: URL;
  runOne(task: ScanTask, plan: Plan): Outcome;
}

/** The outcomes in task order, and the threads that computed them. */
export interface SymbolJobsRun<Outcome> {
  readonly outcomes: Outcome[];
  readonly threads: number;
}

/**
 * Runs every task on this thread and `workers - 1` worker threads that claim symbols one at a time from
 * a shared counter (the scan's shared-memory job), so a symbol's outcome does not depend on the thread
 * that ran it. Running from TypeScript sources (vitest) there is no compiled worker: everything runs here.
 */
export async function runSymbolJobs<Plan, Outcome>(tasks: readonly ScanTask[], plan: Plan, options: RunSymbolJobsOptions, kind: SymbolJobKind<Plan, Outcome>): Promise<SymbolJobsRun<Outcome>> {
  const total = tasks.length;
  const helpers = existsSync(fileURLToPath(kind.workerFile)) ? Math.max(0, Math.min(options.workers, total) - 1) : 0;
  if (helpers === 0) {
    const outcomes = tasks.map((task, k) => {
      const outcome = kind.runOne(task, plan);
      options.onProgress?.(k + 1, total);
      return outcome;
    });
    return { outcomes, threads: 1 };
  }
  const job = createScanJob(packScanTasks(tasks));
  const workers = Array.from({ length: helpers }, () => new Worker(kind.workerFile, { workerData: plan }));
  const outcomes = new Array<Outcome>(total);
  let collected = 0;
  const collect = (index: number, outcome: Outcome): void => {
    outcomes[index] = outcome;
    collected++;
    options.onProgress?.(Atomics.load(job.counters, FINISHED_TASKS), total);
  };
  try {
    await new Promise<void>((resolve, reject) => {
      let here = false;
      for (const worker of workers) {
        worker.on('message', ({ index, outcome }: ClaimedTaskOutcome<Outcome>) => {
          collect(index, outcome);
          if (here && collected === total) resolve();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => reject(new Error(`a ${kind.name} worker stopped unexpectedly (exit code ${code})`)));
        worker.postMessage(job);
      }
      // The workers' outcomes queue up as messages while this thread takes its share.
      runClaimedTasks(job, plan, kind.runOne, collect);
      here = true;
      if (collected === total) resolve();
    });
    return { outcomes, threads: helpers + 1 };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
