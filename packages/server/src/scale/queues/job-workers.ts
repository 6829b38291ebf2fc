import { Worker, type Job, type WorkerOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { BacktestBars, BacktestInputs } from '../../jobs/run-backtest-job.js';
import type { ScanSymbolDependencies } from '../../jobs/scan-symbol.js';
import type { Database } from '../../storage/database.js';
import { BacktestRepository } from '../../storage/repositories/backtest-repository.js';
import { ScanRepository } from '../../storage/repositories/scan-repository.js';
import { closeRedis, openRedis } from '../redis/redis-connection.js';
import { backtestJobProcessor } from './backtest-job-processor.js';
import { fanOutScan } from './fan-out-scan.js';
import { STDERR_JOB_LOG, type JobLog } from './job-log.js';
import type { JobQueues } from './job-queues.js';
import { QUEUE_NAMES, type SignalJobData } from './queue-names.js';
import { scanJobProcessor } from './scan-job-processor.js';
import { recordFailedSignalJob, signalJobProcessor } from './signal-job-processor.js';

/** Dependencies and settings of the {@link JobWorkers}. */
export interface JobWorkersOptions {
  readonly redisUrl: string;
  /** The queues of the same deployment (their prefix; the scan jobs add `signals` jobs through them). */
  readonly queues: JobQueues;
  readonly database: Database;
  /** `SignalService.generate`. */
  readonly generate: ScanSymbolDependencies['generate'];
  /** Bars for backtests: the provider chain. */
  readonly backtestBars: BacktestBars;
  /** Stored news, social posts and transcripts for the backtests' agents; none when absent. */
  readonly backtestInputs?: BacktestInputs;
  /** The followed symbols, for scheduled scans. */
  readonly followedSymbols: () => Promise<readonly string[]>;
  /** Scan and signal jobs run at once by this process (WORKER_CONCURRENCY). Default 2. */
  readonly concurrency?: number;
  /** Backtests run at once (CPU-bound). Default 1. */
  readonly backtestConcurrency?: number;
  /**
   * How long a job's lock lasts without renewal (JOB_LOCK_MS), default 10 s: the jobs of a worker that
   * died are handed to another about this long (plus a stalled check) after.
   */
  readonly lockDurationMs?: number;
  /** How often stalled jobs are looked for; default half the lock. */
  readonly stalledIntervalMs?: number;
  /** How often a job may stall (its worker die) before it fails. Default 2. */
  readonly maxStalledCount?: number;
  readonly log?: JobLog;
  readonly now?: () => number;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be an integer >= 1, got ${value}`);
  return value;
}

/**
 * The BullMQ workers of a `goldensignals worker` process: `scans` (fan-out and scheduled slots), `signals`
 * (one symbol of a scan) and `backtests`. Short locks and stalled checks hand the jobs of a killed worker
 * to another within seconds; jobs are idempotent, so running one again never stores a second signal or
 * counts a symbol twice. `close()` lets running scan and signal jobs finish and sends running backtests
 * back to the queue.
 */
export class JobWorkers {
  private readonly workers: Worker[] = [];
  private connection: Redis | undefined;
  private closing = false;

  constructor(private readonly options: JobWorkersOptions) {
    positiveInteger('concurrency', options.concurrency ?? 2);
    positiveInteger('backtestConcurrency', options.backtestConcurrency ?? 1);
    positiveInteger('lockDurationMs', options.lockDurationMs ?? 10_000);
  }

  /** Starts the three workers and resolves once they are connected. */
  async start(): Promise<void> {
    if (this.connection !== undefined) throw new Error('the job workers are already started');
    const { options } = this;
    const log = options.log ?? STDERR_JOB_LOG;
    const onError = (error: Error): void => log.warn({ err: error }, `job workers (Redis): ${error.message}`);
    const connection = openRedis(options.redisUrl, { role: 'queue', onError, connectionName: 'goldensignals-worker' });
    this.connection = connection;
    const lockDuration = options.lockDurationMs ?? 10_000;
    const common: WorkerOptions = {
      connection,
      prefix: options.queues.prefix,
      lockDuration,
      stalledInterval: options.stalledIntervalMs ?? Math.max(500, Math.floor(lockDuration / 2)),
      maxStalledCount: options.maxStalledCount ?? 2,
      autorun: true,
    };
    const scans = new ScanRepository(options.database.db);
    const now = options.now;
    const fanOut = (scanId: string): Promise<number> => fanOutScan(scanId, { scans, queues: options.queues, now });
    const concurrency = options.concurrency ?? 2;

    const scanWorker = new Worker(QUEUE_NAMES.scans, scanJobProcessor({ scans, fanOut, followedSymbols: options.followedSymbols }), { ...common, concurrency });
    const signalDeps = { scans, generate: options.generate, now, log };
    const signalWorker = new Worker(QUEUE_NAMES.signals, signalJobProcessor(signalDeps), { ...common, concurrency });
    signalWorker.on('failed', (job: Job<SignalJobData> | undefined, error: Error) => {
      if (job !== undefined) void recordFailedSignalJob(job, error, signalDeps).catch((recordError: unknown) => log.error({ err: recordError, jobId: job.id }, 'a failed signal job could not be recorded'));
    });
    const backtestWorker = new Worker(
      QUEUE_NAMES.backtests,
      backtestJobProcessor({ backtests: new BacktestRepository(options.database.db), bars: options.backtestBars, inputs: options.backtestInputs, closing: () => this.closing, log, now }),
      { ...common, concurrency: options.backtestConcurrency ?? 1 },
    );
    for (const worker of [scanWorker, signalWorker, backtestWorker]) {
      worker.on('error', onError);
      this.workers.push(worker);
    }
    await Promise.all(this.workers.map((worker) => worker.waitUntilReady()));
  }

  /** Takes no new jobs; waits for the running ones (backtests stop at their next symbol and are re-queued). */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.splice(0).map((worker) => worker.close()));
    if (this.connection !== undefined) await closeRedis(this.connection);
  }
}
