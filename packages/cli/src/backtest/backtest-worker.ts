import { parentPort, workerData } from 'node:worker_threads';
import type { ScanJob } from '../scan/scan-job.js';
import type { BacktestPlan } from './backtest-plan.js';
import { loadUserStrategy } from './user-strategy.js';
import { runBacktestJob, type BacktestJobOutcome } from './run-backtest-job.js';

// Worker entry: backtests symbols of each job it is sent until none is left, posting every outcome as soon
// as it is ready. The equity columns share one buffer per run, which is moved rather than copied.
const plan = workerData as BacktestPlan;
const port = parentPort;
// A strategy file is loaded in this thread too before any symbol runs.
const ready = loadUserStrategy(plan.strategy);
port?.on('message', (job: ScanJob) => {
  void ready.then(() => runBacktestJob(job, plan, (index, outcome) => {
    const transfer = 'error' in outcome ? [] : [...new Set([outcome.equity.equity.buffer, outcome.equity.drawdownPct.buffer, outcome.equity.drawdownDuration.buffer])];
    port.postMessage({ index, outcome } satisfies BacktestJobOutcome, transfer.filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer));
  }));
});
