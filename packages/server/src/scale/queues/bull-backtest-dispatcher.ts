import type { BacktestDispatcher } from '../../jobs/backtest-dispatcher.js';
import { DEFAULT_SUBMIT_TIMEOUT_MS } from './bull-scan-dispatcher.js';
import type { JobQueues } from './job-queues.js';
import { backtestJobId, JOB_NAMES } from './queue-names.js';
import { withinTime } from './within-time.js';

/** Backtests through BullMQ: `submit` adds the backtest's job to the `backtests` queue, where any worker takes it. */
export class BullBacktestDispatcher implements BacktestDispatcher {
  constructor(
    private readonly queues: JobQueues,
    private readonly timeoutMs: number = DEFAULT_SUBMIT_TIMEOUT_MS,
  ) {}

  /** Adds the job (once per backtest id); rejects when Redis does not take it within the timeout. */
  async submit(backtestId: string): Promise<void> {
    const added = this.queues.backtests.add(JOB_NAMES.backtest, { backtestId }, { jobId: backtestJobId(backtestId) });
    added.catch(() => undefined);
    await withinTime(added, this.timeoutMs, `the job queue did not take backtest ${backtestId} within ${this.timeoutMs} ms (is Redis reachable?)`);
  }
}
