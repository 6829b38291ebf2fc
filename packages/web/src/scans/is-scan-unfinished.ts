import type { ScanSummary } from './scan-view.js';

/** Whether a scan may still change (queued or running): such a scan is polled. */
export function isScanUnfinished(scan: Pick<ScanSummary, 'status'>): boolean {
  return scan.status === 'queued' || scan.status === 'running';
}
