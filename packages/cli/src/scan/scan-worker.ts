import { parentPort, workerData } from 'node:worker_threads';
import { runScanJob, type ScanJob, type ScanJobOutcome } from './scan-job.js';
import type { ScanWorkerData } from './scan-task.js';
import { warmUpScan } from './warm-up-scan.js';

// Worker entry: until the first job is posted, warms up on a made-up series (the main thread is still
// reading the file); then takes tasks of each job it is sent until none is left, posting each outcome as
// soon as it is ready (the main thread scans too, and reads them when it is done).
const { settings, started } = workerData as ScanWorkerData;
warmUpScan(settings, started);
const port = parentPort;
port?.on('message', (job: ScanJob) => {
  runScanJob(job, settings, (index, outcome) => port.postMessage({ index, outcome } satisfies ScanJobOutcome));
});
