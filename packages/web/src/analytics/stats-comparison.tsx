import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography, useMediaQuery, useTheme } from '@mui/material';
import { comparisonRowsOf } from './comparison-rows-of.js';
import { formatStat } from './format-stat.js';
import type { StatValues } from './stat-values.js';

/** One side of a comparison: its name and statistics. */
export interface ComparedRun {
  readonly label: string;
  readonly stats: StatValues;
}

function differenceText(difference: number | null): string {
  if (difference === null) return '—';
  return `${difference > 0 ? '+' : ''}${formatStat(difference)}`;
}

/** Two runs' statistics side by side with the difference (right minus left), uncoloured: higher is worse for drawdowns. */
export function StatsComparison({ left, right }: { readonly left: ComparedRun; readonly right: ComparedRun }) {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const rows = comparisonRowsOf(left.stats, right.stats);
  if (rows.length === 0) return <Typography color="text.secondary">Neither run has statistics.</Typography>;
  if (phone)
    return (
      <Stack spacing={0.5} role="list" aria-label="Compared statistics">
        {rows.map((row) => (
          <Box key={row.name} role="listitem" sx={{ borderBottom: 1, borderColor: 'divider', py: 0.5 }}>
            <Typography variant="caption" color="text.secondary">
              {row.name}
            </Typography>
            <Typography variant="body2">
              {formatStat(row.left)} → {formatStat(row.right)} ({differenceText(row.difference)})
            </Typography>
          </Box>
        ))}
      </Stack>
    );
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label="Compared statistics">
        <TableHead>
          <TableRow>
            <TableCell>Statistic</TableCell>
            <TableCell align="right">{left.label}</TableCell>
            <TableCell align="right">{right.label}</TableCell>
            <TableCell align="right">Difference</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.name}>
              <TableCell component="th" scope="row">
                {row.name}
              </TableCell>
              <TableCell align="right">{formatStat(row.left)}</TableCell>
              <TableCell align="right">{formatStat(row.right)}</TableCell>
              <TableCell align="right">
                {differenceText(row.difference)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
