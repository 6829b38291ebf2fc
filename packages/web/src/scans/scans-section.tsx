import { Box, Divider, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiRequest } from '../api/api-client.js';
import { SectionPaper } from '../portfolio/section-paper.js';
import { SectionState } from '../portfolio/section-state.js';
import { isScanUnfinished } from './is-scan-unfinished.js';
import { RecentScans } from './recent-scans.js';
import type { ScanBody } from './scan-body.js';
import { ScanForm } from './scan-form.js';
import type { ScanSummary, ScanView } from './scan-view.js';
import { SCANS_QUERY_KEYS as KEYS } from './scans-query-keys.js';
import { ShownScan } from './shown-scan.js';

const POLL_MS = 1000;
const RECENT_SHOWN = 20;

/** What {@link ScansSection} needs. */
export interface ScansSectionProps {
  /** Traders and admins may run scans; viewers only follow them (the server refuses theirs anyway). */
  readonly canSubmit: boolean;
  /** Opens a scanned symbol's signal (the Signals page's details drawer). */
  readonly onOpenSignal: (signalId: string) => void;
  /** How often a queued or running scan is asked for again; 1 s unless a test needs it quicker. */
  readonly pollIntervalMs?: number;
}

/**
 * Scans: run one ("Scan now": a timeframe and a list of symbols, else the watchlists'), follow the current one symbol by
 * symbol while it runs, and pick any of the recent ones to see what became of each symbol.
 */
export function ScansSection({ canSubmit, onOpenSignal, pollIntervalMs = POLL_MS }: ScansSectionProps) {
  const client = useQueryClient();
  const [chosen, setChosen] = useState<string | null>(null);
  const recent = useQuery({
    queryKey: KEYS.recent,
    queryFn: () => apiRequest<{ items: ScanSummary[] }>('GET', `/scans?limit=${RECENT_SHOWN}`),
    // The shown scan keeps its own row current; this beat is for the others (a scheduled scan running alongside).
    refetchInterval: (query) => (query.state.data?.items.some(isScanUnfinished) === true ? pollIntervalMs * 5 : false),
  });
  const submit = useMutation({
    mutationFn: (body: ScanBody) => apiRequest<ScanView>('POST', '/scans', body),
    onSuccess: async (scan) => {
      client.setQueryData(KEYS.scan(scan.id), scan);
      setChosen(scan.id);
      await client.invalidateQueries({ queryKey: KEYS.recent });
    },
  });
  // Until one is picked, the newest scan is the current one.
  const shownScanId = chosen ?? recent.data?.items[0]?.id ?? null;

  return (
    <SectionPaper title="Scans">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        A scan signals each symbol of a list on its last closed bar, in the background.
      </Typography>
      {canSubmit ? (
        <ScanForm submitting={submit.isPending} error={submit.error} onSubmit={(body) => submit.mutate(body)} />
      ) : (
        <Typography variant="body2" color="text.secondary">
          Running a scan takes a trader account; you can follow the scans here.
        </Typography>
      )}
      {shownScanId !== null && (
        <Box sx={{ mt: 2 }}>
          <Typography variant="subtitle1" component="h3" gutterBottom>
            {chosen === null ? 'Latest scan' : 'Current scan'}
          </Typography>
          <ShownScan key={shownScanId} scanId={shownScanId} onOpenSignal={onOpenSignal} pollIntervalMs={pollIntervalMs} />
        </Box>
      )}
      <Divider sx={{ my: 2 }} />
      <Typography variant="subtitle1" component="h3" gutterBottom>
        Recent scans
      </Typography>
      <SectionState query={recent} loading="Loading scans…">
        {(data) => <RecentScans scans={data.items} shownScanId={shownScanId} onShow={setChosen} emptyText={canSubmit ? 'No scans yet: run one above.' : 'No scans yet.'} />}
      </SectionState>
    </SectionPaper>
  );
}
