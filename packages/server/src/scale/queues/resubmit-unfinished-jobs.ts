import type { Database } from '../../storage/database.js';
import { BacktestRepository } from '../../storage/repositories/backtest-repository.js';
import { ScanRepository } from '../../storage/repositories/scan-repository.js';
import { fanOutScan } from './fan-out-scan.js';
import type { JobQueues } from './job-queues.js';
import { backtestJobId, JOB_NAMES } from './queue-names.js';

/**
 * Queues again what the database says is unfinished: the pending symbols of queued and running scans, and
 * queued and running backtests. For a worker starting after an outage: a job whose add failed (Redis was
 * away when the API stored the row) or was lost with a Redis that keeps nothing. Job ids make it harmless
 * when the jobs are still there. Resolves to how many scans and backtests were looked at.
 */
export async function resubmitUnfinishedJobs(database: Database, queues: JobQueues, now?: () => number): Promise<{ scans: number; backtests: number }> {
  const scans = new ScanRepository(database.db);
  const unfinishedScans = await scans.unfinished();
  for (const scan of unfinishedScans) await fanOutScan(scan.id, { scans, queues, now, retryFailed: true });
  const backtestIds = await new BacktestRepository(database.db).unfinishedIds();
  if (backtestIds.length > 0) {
    await queues.backtests.addBulk(backtestIds.map((backtestId) => ({ name: JOB_NAMES.backtest, data: { backtestId }, opts: { jobId: backtestJobId(backtestId) } })));
  }
  return { scans: unfinishedScans.length, backtests: backtestIds.length };
}
