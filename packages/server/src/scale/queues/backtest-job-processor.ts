import { WaitingError, type Job } from 'bullmq';
import { BacktestRequestError, checkBacktestJobRequest, type BacktestJobRequest } from '../../jobs/backtest-job-request.js';
import { runBacktestJob, type BacktestBars, type BacktestInputs } from '../../jobs/run-backtest-job.js';
import type { BacktestRepository } from '../../storage/repositories/backtest-repository.js';
import type { JobLog } from './job-log.js';
import type { BacktestJobData } from './queue-names.js';

/** What the `backtests` jobs need. */
export interface BacktestJobDependencies {
  readonly backtests: BacktestRepository;
  /** Bars for the backtests: the provider chain (`(request) => chain.bars(request)`). */
  readonly bars: BacktestBars;
  /** Stored news, social posts and transcripts for the agents; none when absent. */
  readonly inputs?: BacktestInputs;
  /** True once the worker is closing: a running backtest stops at its next symbol and goes back to the queue. */
  readonly closing: () => boolean;
  readonly log: JobLog;
  readonly now?: () => number;
}

const INTERNAL_FAILURE = 'the backtest stopped on an internal error; the worker log has the details';

/** What the processor did with a job. */
export type BacktestJobResult = 'completed' | 'failed' | 'cancelled' | 'skipped';

/**
 * The processor of the `backtests` queue: claims the stored backtest (taking it over from a worker that
 * died, whose job BullMQ handed on), runs it with the engine reporting progress into its row, honours a
 * cancel between symbols and stores the result or a clear failure. When the worker closes mid-run the
 * backtest goes back to `queued` and its job back to the queue, for another worker. Unexpected errors
 * (the database) are thrown for BullMQ to retry; on the last attempt they fail the backtest.
 */
export function backtestJobProcessor(deps: BacktestJobDependencies): (job: Job<BacktestJobData>, token?: string) => Promise<BacktestJobResult> {
  const at = (): Date => new Date((deps.now ?? Date.now)());
  return async (job, token) => {
    const id = job.data.backtestId;
    const row = await deps.backtests.claim(id, at());
    if (row === null) return 'skipped';
    let request: BacktestJobRequest;
    try {
      request = checkBacktestJobRequest(row.request);
    } catch (error) {
      if (!(error instanceof BacktestRequestError)) throw error;
      await deps.backtests.fail(id, `the stored request is invalid: ${error.field} ${error.message}`, at());
      return 'failed';
    }
    try {
      const outcome = await runBacktestJob(request, {
        bars: deps.bars,
        inputs: deps.inputs,
        now: deps.now ?? Date.now,
        shouldStop: async () => deps.closing() || (await deps.backtests.statusOf(id)) !== 'running',
        onProgress: (fraction) => deps.backtests.setProgress(id, fraction),
      });
      if (outcome.kind === 'done') return (await deps.backtests.complete(id, outcome.result, at())) ? 'completed' : 'cancelled';
      if (outcome.kind === 'failed') return (await deps.backtests.fail(id, outcome.error, at())) ? 'failed' : 'cancelled';
      if (!deps.closing()) return 'cancelled';
    } catch (error) {
      if (job.attemptsMade + 1 < (job.opts.attempts ?? 1)) throw error;
      deps.log.error({ err: error, backtestId: id, jobId: job.id }, `backtest ${id} failed on its last attempt`);
      await deps.backtests.fail(id, INTERNAL_FAILURE, at());
      return 'failed';
    }
    // Stopped by the worker closing: the row and the job go back to the queue, for the next worker.
    await deps.backtests.requeue(id);
    await job.moveToWait(token);
    throw new WaitingError();
  };
}
