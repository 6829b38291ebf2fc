import { TIMEFRAME_MS, type Timeframe } from '@goldensignals/engine';
import type { Job } from 'bullmq';
import type { JobQueues } from './job-queues.js';
import { DEFAULT_JOB_OPTIONS } from './job-queues.js';
import { catchUpScanJobId, JOB_NAMES, type ScheduledScanJobData } from './queue-names.js';

/** Wait after a slot before scanning it, so providers have published the bars that closed (the SignalScheduler's). */
export const DEFAULT_SCHEDULE_GRACE_MS = 2000;

const HALF_HOUR_MS = 30 * 60_000;

/**
 * How often the scheduler of a timeframe fires: every bar for bars up to 30 minutes, else every half hour.
 * Markets close bars on the half hour at the latest (NYSE opens 9:30, closes 16:00 or 13:00; crypto on the
 * hour), so each bar close is scanned within the slot it falls in; a slot without one scans nothing.
 */
export function scheduleEveryMs(timeframe: Timeframe): number {
  return Math.min(TIMEFRAME_MS[timeframe], HALF_HOUR_MS);
}

/** The id of a timeframe's job scheduler. */
export function scanSchedulerId(timeframe: Timeframe): string {
  return `${SCHEDULER_ID_PREFIX}${timeframe}`;
}

/** Settings of {@link upsertScanSchedulers}. */
export interface ScanScheduleOptions {
  readonly graceMs?: number;
  /** The period of each timeframe's scheduler (default {@link scheduleEveryMs}); tests use short ones. */
  readonly everyMs?: (timeframe: Timeframe) => number;
  /** Also queue a catch-up scan of every followed symbol per timeframe (default true): a fresh start shows signals at once. */
  readonly catchUp?: boolean;
  /** The clock of the catch-up's slot (default Date.now). */
  readonly now?: () => number;
}

const SCHEDULER_ID_PREFIX = 'scheduled-scan-';

/**
 * Creates or updates one BullMQ job scheduler per timeframe, firing a `scheduled-scan` job `graceMs` after
 * each slot, and removes the schedulers of timeframes no longer configured. Every node calls it at start: the
 * scheduler id and the slot make the job id (`repeat:<id>:<time>`), so however many nodes upsert, each slot has
 * one job. With `catchUp`, one catch-up scan per timeframe too, its job id fixed by the slot the nodes start in.
 */
export async function upsertScanSchedulers(queues: JobQueues, timeframes: readonly Timeframe[], options: ScanScheduleOptions = {}): Promise<void> {
  const graceMs = options.graceMs ?? DEFAULT_SCHEDULE_GRACE_MS;
  if (!Number.isInteger(graceMs) || graceMs < 1) throw new RangeError(`graceMs must be an integer >= 1, got ${graceMs}`);
  for (const timeframe of new Set(timeframes)) {
    const everyMs = (options.everyMs ?? scheduleEveryMs)(timeframe);
    const data: ScheduledScanJobData = { timeframe, everyMs, graceMs };
    await queues.scans.upsertJobScheduler(scanSchedulerId(timeframe), { every: everyMs, offset: graceMs }, { name: JOB_NAMES.scheduledScan, data, opts: DEFAULT_JOB_OPTIONS.scans });
    if (options.catchUp ?? true) {
      const slot = Math.floor((options.now ?? Date.now)() / everyMs) * everyMs;
      const catchUp: ScheduledScanJobData = { ...data, catchUp: { slot } };
      await queues.scans.add(JOB_NAMES.scheduledScan, catchUp, { ...DEFAULT_JOB_OPTIONS.scans, jobId: catchUpScanJobId(timeframe, slot) });
    }
  }
  // A timeframe dropped from the configuration must stop firing, not linger in Redis.
  const wanted = new Set([...timeframes].map(scanSchedulerId));
  for (const scheduler of await queues.scans.getJobSchedulers()) {
    const id = scheduler.key;
    if (id.startsWith(SCHEDULER_ID_PREFIX) && !wanted.has(id)) await queues.scans.removeJobScheduler(id);
  }
}

/**
 * The slot a scheduled job stands for: the time in its id (`repeat:<scheduler>:<time>`, the slot plus the
 * grace), less the grace. Retries of the job keep the id, so they scan the same slot.
 */
export function scheduledSlotOf(job: Pick<Job, 'id' | 'timestamp' | 'opts'>, graceMs: number): number {
  const fired = Number(job.id?.split(':').at(-1));
  if (Number.isSafeInteger(fired)) return fired - graceMs;
  return job.timestamp + (job.opts.delay ?? 0) - graceMs;
}
