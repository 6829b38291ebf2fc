import { parentPort, workerData } from 'node:worker_threads';
import type { ScanJob } from '../scan/scan-job.js';
import type { EvaluatePlan } from './evaluate-plan.js';
import { runEvaluateJob, type EvaluateJobOutcome } from './run-evaluate-job.js';

// Worker entry: evaluates symbols of each job it is sent until none is left, posting every outcome as soon as it is ready.
const plan = workerData as EvaluatePlan;
const port = parentPort;
port?.on('message', (job: ScanJob) => {
  runEvaluateJob(job, plan, (index, outcome) => port.postMessage({ index, outcome } satisfies EvaluateJobOutcome));
});
