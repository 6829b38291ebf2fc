import type { Job } from 'bullmq';
import { JOB_NAMES, type ScanJobData, type ScheduledScanJobData } from './queue-names.js';
import { runScheduledScan, type ScheduledScanDependencies } from './run-scheduled-scan.js';
import { scheduledSlotOf } from './scan-schedulers.js';

/** What the `scans` jobs need. */
export type ScanJobDependencies = ScheduledScanDependencies;

function isScheduled(job: Job<ScanJobData | ScheduledScanJobData>): job is Job<ScheduledScanJobData> {
  return job.name === JOB_NAMES.scheduledScan;
}

/**
 * The processor of the `scans` queue: a submitted scan is fanned out into one `signals` job per pending
 * symbol; a scheduler's job first makes the slot's scan (the followed symbols whose market closed a bar),
 * then fans it out. Resolves to the scan id (`null`: nothing to scan in the slot).
 */
export function scanJobProcessor(deps: ScanJobDependencies): (job: Job<ScanJobData | ScheduledScanJobData>) => Promise<string | null> {
  return async (job) => {
    if (isScheduled(job)) return runScheduledScan(job.data, job.data.catchUp?.slot ?? scheduledSlotOf(job, job.data.graceMs), deps);
    const { scanId } = job.data as ScanJobData;
    await deps.fanOut(scanId);
    return scanId;
  };
}
