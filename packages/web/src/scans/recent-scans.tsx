import { Button, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography, useMediaQuery, useTheme } from '@mui/material';
import { DetailCard } from '../portfolio/detail-card.js';
import { scanProgressText } from './scan-progress-text.js';
import { ScanStatusChip } from './scan-status-chip.js';
import { scanTriggerText } from './scan-trigger-text.js';
import type { ScanSummary } from './scan-view.js';

/** What {@link RecentScans} shows and reports. */
export interface RecentScansProps {
  readonly scans: readonly ScanSummary[];
  /** The scan shown above the list, if any. */
  readonly shownScanId: string | null;
  readonly onShow: (scanId: string) => void;
  /** Said when there is no scan yet. */
  readonly emptyText: string;
}

function scanLabel(scan: ScanSummary): string {
  return `${scanTriggerText(scan.trigger)} ${scan.timeframe} scan of ${new Date(scan.createdAt).toLocaleString()}`;
}

/** The recent scans, newest first: when, trigger, timeframe, progress and state; one click shows a scan; cards on a phone. */
export function RecentScans({ scans, shownScanId, onShow, emptyText }: RecentScansProps) {
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'));
  if (scans.length === 0) return <Typography color="text.secondary">{emptyText}</Typography>;
  const show = (scan: ScanSummary) => (
    <Button size="small" disabled={scan.id === shownScanId} onClick={() => onShow(scan.id)} aria-label={`Show the ${scanLabel(scan)}`}>
      {scan.id === shownScanId ? 'Shown' : 'Show'}
    </Button>
  );
  if (phone)
    return (
      <Stack spacing={1} role="list" aria-label="Recent scans">
        {scans.map((scan) => (
          <DetailCard
            key={scan.id}
            label={scanLabel(scan)}
            title={`${scan.timeframe} · ${scanTriggerText(scan.trigger)}`}
            action={
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <ScanStatusChip status={scan.status} />
                {show(scan)}
              </Stack>
            }
            rows={[
              ['When', new Date(scan.createdAt).toLocaleString()],
              ['Progress', scanProgressText(scan)],
            ]}
          />
        ))}
      </Stack>
    );
  return (
    <TableContainer sx={{ maxHeight: 360 }}>
      <Table size="small" stickyHeader aria-label="Recent scans">
        <TableHead>
          <TableRow>
            <TableCell>When</TableCell>
            <TableCell>Trigger</TableCell>
            <TableCell>Timeframe</TableCell>
            <TableCell>Progress</TableCell>
            <TableCell>Status</TableCell>
            <TableCell align="right" />
          </TableRow>
        </TableHead>
        <TableBody>
          {scans.map((scan) => (
            // The whole row answers a click; the button is the keyboard's way in.
            <TableRow
              key={scan.id}
              hover
              selected={scan.id === shownScanId}
              onClick={() => onShow(scan.id)}
              sx={{ cursor: 'pointer' }}
              data-recent-scan-id={scan.id}
              data-recent-scan-status={scan.status}
            >
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{new Date(scan.createdAt).toLocaleString()}</TableCell>
              <TableCell>{scanTriggerText(scan.trigger)}</TableCell>
              <TableCell>{scan.timeframe}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{scanProgressText(scan)}</TableCell>
              <TableCell>
                <ScanStatusChip status={scan.status} />
              </TableCell>
              <TableCell align="right">{show(scan)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
