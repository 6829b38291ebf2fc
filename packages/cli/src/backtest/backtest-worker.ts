import { parentPort, workerData } from 'node:worker_threads';
import type { ScanJob } from '../scan/scan-job.js';
import type { BacktestPlan } from './backtest-plan.js';
import { runBacktestJob, type BacktestJobOutcome } from './run-backtest-job.js';

// Worker entry: backtests symbols of each job it is sent until none is left, posting every outcome as soon
// as it is ready. The equity columns share one buffer per run, which is moved rather than copied.
const plan = workerData as BacktestPlan;
const port = parentPort;
port?.on('message', (job: ScanJob) => {
  runBacktestJob(job, plan, (index, outcome) => {
    const transfer = 'error' in outcome ? [] : [...new Set([outcome.equity.equity.buffer, outcome.equity.drawdownPct.buffer, outcome.equity.drawdownDuration.buffer])];
    port.postMessage({ index, outcome } satisfies BacktestJobOutcome, transfer.filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer));
  });
});
