import type { ScanDispatcher } from '../../jobs/scan-dispatcher.js';
import type { JobQueues } from './job-queues.js';
import { JOB_NAMES, scanJobId } from './queue-names.js';
import { withinTime } from './within-time.js';

/** Default bound on adding a job, so a request fails fast while Redis is away. */
export const DEFAULT_SUBMIT_TIMEOUT_MS = 3000;

/** Scans through BullMQ: `submit` adds the scan's job to the `scans` queue, where any worker takes it. */
export class BullScanDispatcher implements ScanDispatcher {
  constructor(
    private readonly queues: JobQueues,
    private readonly timeoutMs: number = DEFAULT_SUBMIT_TIMEOUT_MS,
  ) {}

  /** Adds the job (once per scan id); rejects when Redis does not take it within the timeout. */
  async submit(scanId: string): Promise<void> {
    const added = this.queues.scans.add(JOB_NAMES.scan, { scanId }, { jobId: scanJobId(scanId) });
    // A late answer from Redis must not become an unhandled rejection.
    added.catch(() => undefined);
    await withinTime(added, this.timeoutMs, `the job queue did not take scan ${scanId} within ${this.timeoutMs} ms (is Redis reachable?)`);
  }
}
