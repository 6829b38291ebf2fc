import { parentPort, workerData } from 'node:worker_threads';
import type { ScanJob } from '../scan/scan-job.js';
import type { BacktestPlan } from './backtest-plan.js';
import { loadUserStrategy } from './user-strategy.js';
import { runClaimedTasks, type ClaimedTaskOutcome } from '../scan/run-claimed-tasks.js';
import { runSymbolBacktest } from './run-symbol-backtest.js';
import type { SymbolBacktestOutcome } from './symbol-backtest.js';

// Worker entry: backtests symbols of each job it is sent until none is left, posting every outcome as soon
// as it is ready. The equity columns share one buffer per run, which is moved rather than copied.
const plan = workerData as BacktestPlan;
const port = parentPort;
// A strategy file is loaded in this thread too before any symbol runs.
const ready = loadUserStrategy(plan.strategy);
port?.on('message', (job: ScanJob) => {
  void ready.then(() => runClaimedTasks(job, plan, runSymbolBacktest, (index, outcome) => {
    const transfer = 'error' in outcome ? [] : [...new Set([outcome.equity.equity.buffer, outcome.equity.drawdownPct.buffer, outcome.equity.drawdownDuration.buffer])];
    port.postMessage({ index, outcome } satisfies ClaimedTaskOutcome<SymbolBacktestOutcome>, transfer.filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer));
  }));
});
