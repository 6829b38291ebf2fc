import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packScanTasks } from '../scan/pack-scan-tasks.js';
import { createScanJob, FINISHED_TASKS } from '../scan/scan-job.js';
import type { ScanTask } from '../scan/scan-task.js';
import type { EvaluatePlan } from './evaluate-plan.js';
import { evaluateSymbol } from './evaluate-symbol.js';
import { runEvaluateJob, type EvaluateJobOutcome } from './run-evaluate-job.js';
import type { SymbolEvaluationOutcome } from './symbol-evaluation.js';

const workerFile = new URL('./evaluate-worker.js', import.meta.url);

/** Options of {@link runEvaluations}. */
export interface RunEvaluationsOptions {
  /** Threads to run on, this one included (1: no worker threads). */
  readonly workers: number;
  /** Called as symbols finish, with how many are done (by any thread) and how many there are. */
  readonly onProgress?: (finished: number, total: number) => void;
}

/** The outcomes in task order, and the threads that computed them. */
export interface EvaluationsRun {
  readonly outcomes: SymbolEvaluationOutcome[];
  readonly threads: number;
}

/**
 * Evaluates every task on this thread and `workers - 1` worker threads claiming symbols one at a time
 * from a shared counter (the pattern of the backtest command's `runBacktests`), so a symbol's outcome
 * does not depend on the thread that ran it. From TypeScript sources (vitest) there is no compiled
 * worker, and everything runs here.
 */
export async function runEvaluations(tasks: readonly ScanTask[], plan: EvaluatePlan, options: RunEvaluationsOptions): Promise<EvaluationsRun> {
  const total = tasks.length;
  const helpers = existsSync(fileURLToPath(workerFile)) ? Math.max(0, Math.min(options.workers, total) - 1) : 0;
  if (helpers === 0) {
    const outcomes = tasks.map((task, k) => {
      const outcome = evaluateSymbol(task, plan);
      options.onProgress?.(k + 1, total);
      return outcome;
    });
    return { outcomes, threads: 1 };
  }
  const job = createScanJob(packScanTasks(tasks));
  const workers = Array.from({ length: helpers }, () => new Worker(workerFile, { workerData: plan }));
  const outcomes = new Array<SymbolEvaluationOutcome>(total);
  let collected = 0;
  const collect = (index: number, outcome: SymbolEvaluationOutcome): void => {
    outcomes[index] = outcome;
    collected++;
    options.onProgress?.(Atomics.load(job.counters, FINISHED_TASKS), total);
  };
  try {
    await new Promise<void>((resolve, reject) => {
      let here = false;
      for (const worker of workers) {
        worker.on('message', ({ index, outcome }: EvaluateJobOutcome) => {
          collect(index, outcome);
          if (here && collected === total) resolve();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => reject(new Error(`an evaluate worker stopped unexpectedly (exit code ${code})`)));
        worker.postMessage(job);
      }
      // The workers' outcomes queue up as messages while this thread takes its share.
      runEvaluateJob(job, plan, collect);
      here = true;
      if (collected === total) resolve();
    });
    return { outcomes, threads: helpers + 1 };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
