import { FINISHED_TASKS, NEXT_TASK, type ScanJob } from './scan-job.js';
import type { ScanTask } from './scan-task.js';
import { unpackScanTask } from './unpack-scan-task.js';

/** What a worker posts back for each symbol it finished. */
export interface ClaimedTaskOutcome<Outcome> {
  readonly index: number;
  readonly outcome: Outcome;
}

/**
 * Runs symbols of the job (the scan's shared-memory job: every symbol's bars in one shared buffer and
 * a shared claim counter) one at a time until none is left, so every thread, the calling one included,
 * keeps busy to the end whatever each symbol costs.
 */
export function runClaimedTasks<Plan, Outcome>(job: ScanJob, plan: Plan, run: (task: ScanTask, plan: Plan) => Outcome, onOutcome: (index: number, outcome: Outcome) => void): void {
  const count = job.tasks.symbols.length;
  for (let index = Atomics.add(job.counters, NEXT_TASK, 1); index < count; index = Atomics.add(job.counters, NEXT_TASK, 1)) {
    const outcome = run(unpackScanTask(job.tasks, index), plan);
    Atomics.add(job.counters, FINISHED_TASKS, 1);
    onOutcome(index, outcome);
  }
}
