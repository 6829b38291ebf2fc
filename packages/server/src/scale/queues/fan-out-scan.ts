import type { ScanRepository } from '../../storage/repositories/scan-repository.js';
import type { JobQueues } from './job-queues.js';
import { JOB_NAMES, signalJobId } from './queue-names.js';

/** What fanning out a scan needs. */
export interface FanOutDependencies {
  readonly scans: ScanRepository;
  readonly queues: JobQueues;
  readonly now?: () => number;
  /**
   * Also retry a pending symbol whose job already failed for good (its worker died more often than the stall limit
   * allows, and no live worker recorded the failure): re-adding it would be ignored, its id being taken.
   */
  readonly retryFailed?: boolean;
}

/**
 * Marks a scan running and adds one `signals` job per symbol still pending; returns how many symbols that
 * was (0 for a finished or missing scan). The job ids come from (scan, symbol), so running this again (a
 * retried scan job, a worker re-submitting unfinished scans at start) adds nothing twice, and the scan
 * finishes when its symbols' jobs do, whichever worker started it.
 */
export async function fanOutScan(scanId: string, deps: FanOutDependencies): Promise<number> {
  const scan = await deps.scans.start(scanId, new Date((deps.now ?? Date.now)()));
  if (scan === null) return 0;
  const pending = await deps.scans.pendingSymbols(scanId);
  if (pending.length === 0) return 0;
  await deps.queues.signals.addBulk(
    pending.map((symbol) => ({ name: JOB_NAMES.signal, data: { scanId, symbol, timeframe: scan.timeframe }, opts: { jobId: signalJobId(scanId, symbol) } })),
  );
  if (deps.retryFailed === true) {
    for (const symbol of pending) {
      const job = await deps.queues.signals.getJob(signalJobId(scanId, symbol));
      if (job !== undefined && (await job.isFailed())) await job.retry('failed');
    }
  }
  return pending.length;
}
