import type { Job } from 'bullmq';
import { scanSymbol, type ScanSymbolDependencies } from '../../jobs/scan-symbol.js';
import type { JobLog } from './job-log.js';
import type { SignalJobData } from './queue-names.js';

/** What the `signals` jobs need. */
export interface SignalJobDependencies extends ScanSymbolDependencies {
  readonly log: JobLog;
}

/**
 * The processor of the `signals` queue: one symbol of a scan, its signal generated (idempotent per bar)
 * and recorded on the scan (counted once). Errors that are not the symbol's fault are thrown, so BullMQ
 * retries the job with backoff; the last attempt records them on the item, so the scan still finishes.
 * Resolves to the signal id, or `null` when the symbol got none or was recorded already.
 */
export function signalJobProcessor(deps: SignalJobDependencies): (job: Job<SignalJobData>) => Promise<string | null> {
  return async (job) => {
    const { scanId, symbol, timeframe } = job.data;
    // A duplicate or late job (its scan failed as a whole, or the item was recorded before a crash) has nothing to do.
    if (!(await deps.scans.isPending(scanId, symbol))) return null;
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const outcome = await scanSymbol(deps, { id: scanId, timeframe }, symbol, lastAttempt);
    if ('signalId' in outcome) return outcome.signalId;
    if (outcome.unexpected) deps.log.error({ err: outcome.error, scanId, symbol, jobId: job.id }, `scan ${scanId}: ${symbol} failed on its last attempt`);
    return null;
  };
}

/**
 * Records a `signals` job that BullMQ failed for good without the processor's last attempt recording it
 * (it stalled too often: its workers kept dying), so its scan still finishes. A job that will be retried is left alone.
 */
export async function recordFailedSignalJob(job: Job<SignalJobData>, error: Error, deps: Pick<SignalJobDependencies, 'scans' | 'now'>): Promise<void> {
  if ((await job.getState()) !== 'failed') return;
  const at = new Date((deps.now ?? Date.now)());
  await deps.scans.recordItem(job.data.scanId, job.data.symbol, { error: `the job failed: ${error.message}` }, at);
}
