import { parentPort, workerData } from 'node:worker_threads';
import type { ScanJob } from '../scan/scan-job.js';
import type { EvaluatePlan } from './evaluate-plan.js';
import { runClaimedTasks, type ClaimedTaskOutcome } from '../scan/run-claimed-tasks.js';
import { evaluateSymbol } from './evaluate-symbol.js';
import type { SymbolEvaluationOutcome } from './symbol-evaluation.js';

// Worker entry: evaluates symbols of each job it is sent until none is left, posting every outcome as soon as it is ready.
const plan = workerData as EvaluatePlan;
const port = parentPort;
port?.on('message', (job: ScanJob) => {
  runClaimedTasks(job, plan, evaluateSymbol, (index, outcome) => port.postMessage({ index, outcome } satisfies ClaimedTaskOutcome<SymbolEvaluationOutcome>));
});
