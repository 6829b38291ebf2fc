import type { ScanSummary } from './scan-view.js';

/** How far a scan got: "3 of 5 signalled", "3 of 5 signalled (1 failed)". */
export function scanProgressText(scan: Pick<ScanSummary, 'total' | 'completed' | 'failed'>): string {
  const base = `${scan.completed} of ${scan.total} signalled`;
  return scan.failed === 0 ? base : `${base} (${scan.failed} failed)`;
}
