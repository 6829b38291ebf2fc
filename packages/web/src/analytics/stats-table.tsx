import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { formatStat } from './format-stat.js';
import { orderedStatNames } from './ordered-stat-names.js';
import type { StatValues } from './stat-values.js';

/** A symbol's statistics next to the buy-and-hold baseline's. */
export function StatsTable({ stats, baseline }: { readonly stats: StatValues; readonly baseline: StatValues | undefined }) {
  const names = orderedStatNames(stats);
  if (names.length === 0) return <Typography color="text.secondary">No statistics.</Typography>;
  return (
    <Box sx={{ overflowX: 'auto', maxHeight: 480 }}>
      <Table size="small" stickyHeader aria-label="Statistics">
        <TableHead>
          <TableRow>
            <TableCell>Statistic</TableCell>
            <TableCell align="right">Strategy</TableCell>
            {baseline !== undefined && <TableCell align="right">Buy &amp; hold</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {names.map((name) => (
            <TableRow key={name}>
              <TableCell component="th" scope="row">
                {name}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatStat(stats[name])}
              </TableCell>
              {baseline !== undefined && (
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatStat(baseline[name])}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
