import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material';
import { ScanItemsList } from './scan-items-list.js';
import { scanProgressText } from './scan-progress-text.js';
import { ScanStatusChip } from './scan-status-chip.js';
import { scanTriggerText } from './scan-trigger-text.js';
import type { ScanView } from './scan-view.js';

const BAR_COLOR = { queued: 'primary', running: 'primary', done: 'success', failed: 'error' } as const;

/** What {@link ScanDetails} shows and reports. */
export interface ScanDetailsProps {
  readonly scan: ScanView;
  readonly onOpenSignal: (signalId: string) => void;
}

/** One scan: its state, how far it got, why it failed if it did, and each symbol's outcome. */
export function ScanDetails({ scan, onOpenSignal }: ScanDetailsProps) {
  return (
    <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: 'minmax(0, 1fr)' }} data-scan-id={scan.id} data-scan-status={scan.status}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <ScanStatusChip status={scan.status} />
        <Typography variant="body2" color="text.secondary">
          {scan.timeframe} · {scanTriggerText(scan.trigger)} · {new Date(scan.createdAt).toLocaleString()}
        </Typography>
      </Stack>
      <LinearProgress variant="determinate" value={Math.round(scan.progress * 100)} color={BAR_COLOR[scan.status]} aria-label="Scan progress" aria-valuetext={scanProgressText(scan)} />
      <Typography variant="body2" role="status" aria-live="polite">
        {scanProgressText(scan)}
      </Typography>
      {scan.status === 'failed' && scan.error !== null && (
        <Alert severity="error" variant="outlined">
          {scan.error}
        </Alert>
      )}
      {scan.items.length > 0 && <ScanItemsList items={scan.items} onOpenSignal={onOpenSignal} />}
    </Box>
  );
}
