import { FINISHED_TASKS, NEXT_TASK, type ScanJob } from '../scan/scan-job.js';
import { unpackScanTask } from '../scan/unpack-scan-task.js';
import type { BacktestPlan } from './backtest-plan.js';
import { runSymbolBacktest } from './run-symbol-backtest.js';
import type { SymbolBacktestOutcome } from './symbol-backtest.js';

/** What a backtest worker posts back for each symbol it finished. */
export interface BacktestJobOutcome {
  readonly index: number;
  readonly outcome: SymbolBacktestOutcome;
}

/**
 * Backtests symbols of the job (the scan's shared-memory job: every symbol's bars in one shared
 * buffer and a shared claim counter) until none is left, one at a time, so that every thread, this
 * one included, keeps busy to the end whatever each symbol costs.
 */
export function runBacktestJob(job: ScanJob, plan: BacktestPlan, onOutcome: (index: number, outcome: SymbolBacktestOutcome) => void): void {
  const count = job.tasks.symbols.length;
  for (let index = Atomics.add(job.counters, NEXT_TASK, 1); index < count; index = Atomics.add(job.counters, NEXT_TASK, 1)) {
    const outcome = runSymbolBacktest(unpackScanTask(job.tasks, index), plan);
    Atomics.add(job.counters, FINISHED_TASKS, 1);
    onOutcome(index, outcome);
  }
}
