import type { Database } from '../storage/database.js';
import { BacktestRepository, type Backtest } from '../storage/repositories/backtest-repository.js';
import type { BacktestDispatcher } from './backtest-dispatcher.js';
import { BacktestRequestError, checkBacktestJobRequest } from './backtest-job-request.js';
import { runBacktestJob, type BacktestBars, type BacktestInputs } from './run-backtest-job.js';

/** Dependencies and settings of the {@link BacktestRunner}. */
export interface BacktestRunnerOptions {
  readonly database: Database;
  /** Bars for the backtests: the provider chain (`(request) => chain.bars(request)`). */
  readonly bars: BacktestBars;
  /** Stored news, social posts and transcripts for the agents (`storedNewsInputs(database, { maxItems: 100_000 })`); none when absent. */
  readonly inputs?: BacktestInputs;
  /** Jobs run at once. Default 1: a backtest is CPU-bound and shares the process with the API. */
  readonly concurrency?: number;
  /** How often an idle runner looks for jobs submitted elsewhere (`notify` wakes it at once). Default 2 s. */
  readonly pollIntervalMs?: number;
  /** How long `stop` waits for running jobs. Default 30 s. */
  readonly stopTimeoutMs?: number;
  readonly now?: () => number;
  /** Told about unexpected errors: a job's (its row says only "internal error") or, with `null`, claiming's. */
  readonly onError?: (error: unknown, backtestId: string | null) => void;
}

const INTERNAL_FAILURE = 'the backtest stopped on an internal error; the server log has the details';

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be an integer >= 1, got ${value}`);
  return value;
}

/**
 * The in-process backtest queue: claims submitted jobs from the database one at a time (or
 * `concurrency` at once), runs them with the engine, reports progress per symbol, honours a cancel
 * between symbols and stores the result or a clear failure. On start it re-queues jobs a crashed
 * process left running, so it assumes it is the only runner of its database.
 */
export class BacktestRunner implements BacktestDispatcher {
  private readonly repository: BacktestRepository;
  private readonly concurrency: number;
  private readonly active = new Map<string, Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private started = false;
  /** No more claims. */
  private stopping = false;
  /** Running jobs end at their next symbol and return to the queue. */
  private aborting = false;
  private pumping = false;
  private pumpAgain = false;

  constructor(private readonly options: BacktestRunnerOptions) {
    this.repository = new BacktestRepository(options.database.db);
    this.concurrency = positiveInteger('concurrency', options.concurrency ?? 1);
    positiveInteger('pollIntervalMs', options.pollIntervalMs ?? 2000);
  }

  /** Jobs running now. */
  get running(): number {
    return this.active.size;
  }

  /** Re-queues jobs left running by a crash, then starts claiming; returns the re-queued ids. */
  async start(): Promise<string[]> {
    if (this.started) throw new Error('the backtest runner is already started');
    this.started = true;
    const requeued = await this.repository.requeueRunning();
    this.timer = setInterval(() => this.notify(), this.options.pollIntervalMs ?? 2000);
    this.timer.unref();
    this.notify();
    return requeued;
  }

  /** The backtest is in the table already: looks for queued jobs now rather than at the next poll. */
  async submit(_backtestId: string): Promise<void> {
    this.notify();
  }

  /** Looks for queued jobs now. */
  notify(): void {
    if (!this.started || this.stopping) return;
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    void this.pump().finally(() => {
      this.pumping = false;
      if (this.pumpAgain) {
        this.pumpAgain = false;
        this.notify();
      }
    });
  }

  /**
   * Stops claiming and waits for running jobs, up to `stopTimeoutMs`; jobs still running then stop at
   * their next symbol and go back to the queue for the next start.
   */
  async stop(): Promise<void> {
    if (!this.started || this.stopping) return;
    this.stopping = true;
    clearInterval(this.timer);
    let timeout: NodeJS.Timeout | undefined;
    const bound = new Promise<void>((resolve) => {
      timeout = setTimeout(resolve, this.options.stopTimeoutMs ?? 30_000);
    });
    await Promise.race([Promise.allSettled(this.active.values()), bound]);
    clearTimeout(timeout);
    this.aborting = this.active.size > 0;
  }

  private async pump(): Promise<void> {
    while (!this.stopping && this.active.size < this.concurrency) {
      let job: Backtest | null;
      try {
        job = await this.repository.claimNext(new Date(this.now()));
      } catch (error) {
        this.options.onError?.(error, null);
        return;
      }
      if (job === null) return;
      const id = job.id;
      const run = this.run(job).finally(() => {
        this.active.delete(id);
        this.notify();
      });
      this.active.set(id, run);
    }
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private async run(job: Backtest): Promise<void> {
    const at = () => new Date(this.now());
    try {
      const request = checkBacktestJobRequest(job.request);
      const outcome = await runBacktestJob(request, {
        bars: this.options.bars,
        inputs: this.options.inputs,
        now: () => this.now(),
        shouldStop: async () => this.aborting || (await this.repository.statusOf(job.id)) !== 'running',
        onProgress: (fraction) => this.repository.setProgress(job.id, fraction),
      });
      if (outcome.kind === 'done') await this.repository.complete(job.id, outcome.result, at());
      else if (outcome.kind === 'failed') await this.repository.fail(job.id, outcome.error, at());
      // Stopped by the runner's shutdown rather than a cancel: back to the queue for the next start.
      else if (this.aborting) await this.repository.requeue(job.id);
    } catch (error) {
      if (error instanceof BacktestRequestError) {
        await this.repository.fail(job.id, `the stored request is invalid: ${error.field} ${error.message}`, at()).catch(() => false);
        return;
      }
      this.options.onError?.(error, job.id);
      await this.repository.fail(job.id, INTERNAL_FAILURE, at()).catch(() => false);
    }
  }
}
