import { runSymbolJobs, type RunSymbolJobsOptions, type SymbolJobsRun } from '../scan/run-symbol-jobs.js';
import type { ScanTask } from '../scan/scan-task.js';
import type { EvaluatePlan } from './evaluate-plan.js';
import { evaluateSymbol } from './evaluate-symbol.js';
import type { SymbolEvaluationOutcome } from './symbol-evaluation.js';

const evaluations = { name: 'evaluate', workerFile: new URL('./evaluate-worker.js', import.meta.url), runOne: evaluateSymbol };

/** Evaluates every task, on this thread and `workers - 1` worker threads (see runSymbolJobs). */
export function runEvaluations(tasks: readonly ScanTask[], plan: EvaluatePlan, options: RunSymbolJobsOptions): Promise<SymbolJobsRun<SymbolEvaluationOutcome>> {
  return runSymbolJobs(tasks, plan, options, evaluations);
}
