import { Box, Button, Card, CardContent, Checkbox, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography, useMediaQuery, useTheme } from '@mui/material';
import type { BacktestJob } from './backtest-job.js';
import { runLabelOf } from './run-label-of.js';
import { runStatusText } from './run-status-text.js';

/** What {@link BacktestRuns} shows and reports. */
export interface BacktestRunsProps {
  readonly runs: readonly BacktestJob[];
  readonly shown: string | null;
  readonly compared: readonly string[];
  readonly onShow: (id: string) => void;
  readonly onToggleCompare: (id: string) => void;
}

/** The caller's past backtests, newest first: open one, or tick two finished ones to compare. */
export function BacktestRuns({ runs, shown, compared, onShow, onToggleCompare }: BacktestRunsProps) {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  if (runs.length === 0) return <Typography color="text.secondary">No backtests yet.</Typography>;
  const compare = (run: BacktestJob) => (
    <Checkbox
      size="small"
      checked={compared.includes(run.id)}
      disabled={run.status !== 'done' || (compared.length >= 2 && !compared.includes(run.id))}
      onChange={() => onToggleCompare(run.id)}
      slotProps={{ input: { 'aria-label': `Compare ${runLabelOf(run)}` } }}
    />
  );
  const show = (run: BacktestJob) => (
    <Button size="small" disabled={run.id === shown} onClick={() => onShow(run.id)} aria-label={`Show ${runLabelOf(run)}`}>
      Show
    </Button>
  );
  if (phone)
    return (
      <Stack spacing={1} role="list" aria-label="Past backtests">
        {runs.map((run) => (
          <Card key={run.id} role="listitem" variant="outlined">
            <CardContent sx={{ py: 1, '&:last-child': { pb: 1 } }}>
              <Typography variant="body2">{runLabelOf(run)}</Typography>
              <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
                <Typography variant="caption" color="text.secondary">
                  {new Date(run.createdAt).toLocaleString()} · {runStatusText(run)}
                </Typography>
                <Box>
                  {compare(run)}
                  {show(run)}
                </Box>
              </Box>
            </CardContent>
          </Card>
        ))}
      </Stack>
    );
  return (
    <Box sx={{ overflowX: 'auto', maxHeight: 320 }}>
      <Table size="small" stickyHeader aria-label="Past backtests">
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">Compare</TableCell>
            <TableCell>Run</TableCell>
            <TableCell>Submitted</TableCell>
            <TableCell>Status</TableCell>
            <TableCell align="right" />
          </TableRow>
        </TableHead>
        <TableBody>
          {runs.map((run) => (
            <TableRow key={run.id} selected={run.id === shown} data-backtest-status={run.status}>
              <TableCell padding="checkbox">{compare(run)}</TableCell>
              <TableCell>{runLabelOf(run)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{new Date(run.createdAt).toLocaleString()}</TableCell>
              <TableCell sx={{ color: run.status === 'failed' ? 'error.main' : run.status === 'done' ? 'success.main' : undefined }}>{runStatusText(run)}</TableCell>
              <TableCell align="right">{show(run)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
