import { Alert, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../api/api-client.js';
import { isScanUnfinished } from './is-scan-unfinished.js';
import { ScanDetails } from './scan-details.js';
import type { ScanSummary, ScanView } from './scan-view.js';
import { SCANS_QUERY_KEYS as KEYS } from './scans-query-keys.js';
import { withScanSummary } from './with-scan-summary.js';

/** What {@link ShownScan} needs. */
export interface ShownScanProps {
  readonly scanId: string;
  readonly onOpenSignal: (signalId: string) => void;
  /** How often a queued or running scan is asked for again. */
  readonly pollIntervalMs: number;
}

/** One scan, asked for again every `pollIntervalMs` until it is done or failed; the recent list follows it. */
export function ShownScan({ scanId, onOpenSignal, pollIntervalMs }: ShownScanProps) {
  const client = useQueryClient();
  const scan = useQuery({
    queryKey: KEYS.scan(scanId),
    queryFn: async () => {
      const answer = await apiRequest<ScanView>('GET', `/scans/${encodeURIComponent(scanId)}`);
      client.setQueryData<{ items: ScanSummary[] }>(KEYS.recent, (list) => (list === undefined ? list : withScanSummary(list, answer)));
      return answer;
    },
    // A failed poll keeps the last answer and tries again: only a finished scan stops the polling.
    refetchInterval: (query) => (query.state.data !== undefined && isScanUnfinished(query.state.data) ? pollIntervalMs : false),
  });
  if (scan.isPending) return <Typography color="text.secondary">Loading the scan…</Typography>;
  if (scan.data === undefined)
    return (
      <Alert severity="error" role="alert">
        {scan.error?.message ?? 'the scan could not be loaded'}
      </Alert>
    );
  return (
    <>
      {scan.isError && (
        <Alert severity="warning" role="alert" sx={{ mb: 1 }}>
          Could not refresh the scan: {scan.error.message}
        </Alert>
      )}
      <ScanDetails scan={scan.data} onOpenSignal={onOpenSignal} />
    </>
  );
}
