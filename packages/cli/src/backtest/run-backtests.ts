import { runSymbolJobs, type RunSymbolJobsOptions, type SymbolJobsRun } from '../scan/run-symbol-jobs.js';
import type { ScanTask } from '../scan/scan-task.js';
import type { BacktestPlan } from './backtest-plan.js';
import { runSymbolBacktest } from './run-symbol-backtest.js';
import type { SymbolBacktestOutcome } from './symbol-backtest.js';

const backtests = { name: 'backtest', workerFile: new URL('./backtest-worker.js', import.meta.url), runOne: runSymbolBacktest };

/** Backtests every task, on this thread and `workers - 1` worker threads (see runSymbolJobs). */
export function runBacktests(tasks: readonly ScanTask[], plan: BacktestPlan, options: RunSymbolJobsOptions): Promise<SymbolJobsRun<SymbolBacktestOutcome>> {
  return runSymbolJobs(tasks, plan, options, backtests);
}
