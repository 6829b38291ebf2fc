import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packScanTasks } from '../scan/pack-scan-tasks.js';
import { createScanJob, FINISHED_TASKS } from '../scan/scan-job.js';
import type { ScanTask } from '../scan/scan-task.js';
import type { BacktestPlan } from './backtest-plan.js';
import { runBacktestJob, type BacktestJobOutcome } from './run-backtest-job.js';
import { runSymbolBacktest } from './run-symbol-backtest.js';
import type { SymbolBacktestOutcome } from './symbol-backtest.js';

const workerFile = new URL('./backtest-worker.js', import.meta.url);

/** Options of {@link runBacktests}. */
export interface RunBacktestsOptions {
  /** Threads to run on, this one included (1: no worker threads). */
  readonly workers: number;
  /** Called as symbols finish, with how many are done (by any thread) and how many there are. */
  readonly onProgress?: (finished: number, total: number) => void;
}

/** The outcomes in task order, and the threads that computed them. */
export interface BacktestsRun {
  readonly outcomes: SymbolBacktestOutcome[];
  readonly threads: number;
}

/**
 * Backtests every task, on this thread and `workers - 1` worker threads that claim symbols one at a
 * time from a shared counter (the scan's shared-memory job), so a symbol's outcome does not depend
 * on the thread that ran it. Running from TypeScript sources (vitest) there is no compiled worker,
 * and everything runs here.
 */
export async function runBacktests(tasks: readonly ScanTask[], plan: BacktestPlan, options: RunBacktestsOptions): Promise<BacktestsRun> {
  const total = tasks.length;
  const helpers = existsSync(fileURLToPath(workerFile)) ? Math.max(0, Math.min(options.workers, total) - 1) : 0;
  if (helpers === 0) {
    const outcomes = tasks.map((task, k) => {
      const outcome = runSymbolBacktest(task, plan);
      options.onProgress?.(k + 1, total);
      return outcome;
    });
    return { outcomes, threads: 1 };
  }
  const job = createScanJob(packScanTasks(tasks));
  const workers = Array.from({ length: helpers }, () => new Worker(workerFile, { workerData: plan }));
  const outcomes = new Array<SymbolBacktestOutcome>(total);
  let collected = 0;
  const collect = (index: number, outcome: SymbolBacktestOutcome): void => {
    outcomes[index] = outcome;
    collected++;
    options.onProgress?.(Atomics.load(job.counters, FINISHED_TASKS), total);
  };
  try {
    await new Promise<void>((resolve, reject) => {
      let here = false;
      for (const worker of workers) {
        worker.on('message', ({ index, outcome }: BacktestJobOutcome) => {
          collect(index, outcome);
          if (here && collected === total) resolve();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => reject(new Error(`a backtest worker stopped unexpectedly (exit code ${code})`)));
        worker.postMessage(job);
      }
      // The workers' outcomes queue up as messages while this thread takes its share.
      runBacktestJob(job, plan, collect);
      here = true;
      if (collected === total) resolve();
    });
    return { outcomes, threads: helpers + 1 };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
