import { FINISHED_TASKS, NEXT_TASK, type ScanJob } from '../scan/scan-job.js';
import { unpackScanTask } from '../scan/unpack-scan-task.js';
import type { EvaluatePlan } from './evaluate-plan.js';
import { evaluateSymbol } from './evaluate-symbol.js';
import type { SymbolEvaluationOutcome } from './symbol-evaluation.js';

/** What an evaluate worker posts back for each symbol it finished. */
export interface EvaluateJobOutcome {
  readonly index: number;
  readonly outcome: SymbolEvaluationOutcome;
}

/**
 * Evaluates symbols of the job (the scan's shared-memory job: every symbol's bars in one shared buffer
 * and a shared claim counter) one at a time until none is left, so every thread keeps busy to the end.
 */
export function runEvaluateJob(job: ScanJob, plan: EvaluatePlan, onOutcome: (index: number, outcome: SymbolEvaluationOutcome) => void): void {
  const count = job.tasks.symbols.length;
  for (let index = Atomics.add(job.counters, NEXT_TASK, 1); index < count; index = Atomics.add(job.counters, NEXT_TASK, 1)) {
    const outcome = evaluateSymbol(unpackScanTask(job.tasks, index), plan);
    Atomics.add(job.counters, FINISHED_TASKS, 1);
    onOutcome(index, outcome);
  }
}
