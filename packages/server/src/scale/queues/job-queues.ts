import { Queue, type DefaultJobOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { closeRedis, openRedis } from '../redis/redis-connection.js';
import { bullPrefix, DEFAULT_KEY_PREFIX, QUEUE_NAMES, type BacktestJobData, type ScanJobData, type ScheduledScanJobData, type SignalJobData } from './queue-names.js';

/** Options of {@link JobQueues.open}. */
export interface JobQueuesOptions {
  readonly redisUrl: string;
  /** Prefix of the queues' Redis keys (default `goldensignals:`); tests isolate themselves with it. */
  readonly keyPrefix?: string;
  /** Told of Redis connection errors (the connection reconnects by itself). */
  readonly onError?: (error: Error) => void;
}

const HOUR_S = 3600;

// Finished jobs are kept a while: their ids keep a late duplicate submit from running a job again, and they
// are there to look at. Failed ones longer, for the post-mortem.
const KEEP = { removeOnComplete: { age: 24 * HOUR_S, count: 50_000 }, removeOnFail: { age: 7 * 24 * HOUR_S, count: 50_000 } } as const;
const RETRIED = { attempts: 3, backoff: { type: 'exponential', delay: 1000 } } as const;

/** Default options of the jobs of each queue. */
export const DEFAULT_JOB_OPTIONS: Readonly<Record<'scans' | 'signals' | 'backtests', DefaultJobOptions>> = {
  scans: { ...KEEP, ...RETRIED },
  signals: { ...KEEP, ...RETRIED },
  backtests: { ...KEEP, ...RETRIED },
};

function reportToStderr(error: Error): void {
  console.error(`job queues (Redis): ${error.message}`);
}

/**
 * The three BullMQ queues (`scans`, `signals`, `backtests`) over one Redis connection, for adding jobs and
 * upserting the scan schedulers. API nodes and workers each open their own.
 */
export class JobQueues {
  private constructor(
    private readonly connection: Redis,
    /** BullMQ's key prefix. */
    readonly prefix: string,
    readonly scans: Queue<ScanJobData | ScheduledScanJobData>,
    readonly signals: Queue<SignalJobData>,
    readonly backtests: Queue<BacktestJobData>,
  ) {}

  /** Opens the connection (it connects in the background and reconnects forever) and the queues on it. */
  static open(options: JobQueuesOptions): JobQueues {
    const onError = options.onError ?? reportToStderr;
    const connection = openRedis(options.redisUrl, { role: 'queue', onError, connectionName: 'goldensignals-queues' });
    const prefix = bullPrefix(options.keyPrefix ?? DEFAULT_KEY_PREFIX);
    const queue = <T>(name: string, defaultJobOptions: DefaultJobOptions): Queue<T> => {
      const created = new Queue<T>(name, { connection, prefix, defaultJobOptions });
      created.on('error', onError);
      return created;
    };
    return new JobQueues(
      connection,
      prefix,
      queue<ScanJobData | ScheduledScanJobData>(QUEUE_NAMES.scans, DEFAULT_JOB_OPTIONS.scans),
      queue<SignalJobData>(QUEUE_NAMES.signals, DEFAULT_JOB_OPTIONS.signals),
      queue<BacktestJobData>(QUEUE_NAMES.backtests, DEFAULT_JOB_OPTIONS.backtests),
    );
  }

  /** Closes the queues and their connection; never waits on an unreachable Redis. */
  async close(): Promise<void> {
    // The connection goes first when Redis is away: a queue still waiting for it would wait forever.
    if (this.connection.status !== 'ready') this.connection.disconnect();
    await Promise.allSettled([this.scans.close(), this.signals.close(), this.backtests.close()]);
    await closeRedis(this.connection);
  }
}
