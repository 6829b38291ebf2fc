import { Box, Card, CardActionArea, CardContent, MenuItem, Stack, TextField, Table, TableBody, TableCell, TableHead, TableRow, TableSortLabel, Typography, useMediaQuery, useTheme } from '@mui/material';
import { useState } from 'react';
import { formatFraction } from './format-fraction.js';
import type { LeaderboardRow } from './leaderboard-row.js';
import type { LeaderboardSort } from './leaderboard-sort.js';
import { sortLeaderboard } from './sort-leaderboard.js';

const COLUMNS: readonly { readonly column: LeaderboardSort['column']; readonly label: string; readonly numeric: boolean }[] = [
  { column: 'name', label: 'Agent', numeric: false },
  { column: 'category', label: 'Category', numeric: false },
  { column: 'accuracy', label: 'Accuracy', numeric: true },
  { column: 'weight', label: 'Weight', numeric: true },
  { column: 'scored', label: 'Scored', numeric: true },
];

/** The agents ranked by a chosen column; picking one shows its weight history. */
export function AgentLeaderboard({ rows, selected, onSelect }: { readonly rows: readonly LeaderboardRow[]; readonly selected: string | null; readonly onSelect: (id: string) => void }) {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const [sort, setSort] = useState<LeaderboardSort>({ column: 'accuracy', direction: 'desc' });
  const sorted = sortLeaderboard(rows, sort);
  if (rows.length === 0) return <Typography color="text.secondary">No agents.</Typography>;
  if (phone)
    return (
      <>
        <TextField
          select
          size="small"
          label="Sort agents by"
          value={sort.column}
          onChange={(event) => {
            const column = COLUMNS.find((candidate) => candidate.column === event.target.value);
            if (column !== undefined) setSort({ column: column.column, direction: column.numeric ? 'desc' : 'asc' });
          }}
          sx={{ mb: 1, minWidth: 180 }}
        >
          {COLUMNS.map(({ column, label }) => (
            <MenuItem key={column} value={column}>
              {label}
            </MenuItem>
          ))}
        </TextField>
        <Stack spacing={1} role="list" aria-label="Agent leaderboard" sx={{ maxHeight: 480, overflowY: 'auto', '& > *': { flexShrink: 0 } }}>
          {sorted.map((row) => (
            <Card key={row.id} role="listitem" variant="outlined" sx={{ borderColor: row.id === selected ? 'primary.main' : undefined }}>
              <CardActionArea onClick={() => onSelect(row.id)} aria-label={`Show ${row.name}`}>
                <CardContent sx={{ py: 1 }}>
                  <Typography variant="subtitle2">{row.name}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {row.category} · accuracy {formatFraction(row.accuracy)} · weight {row.weight.toFixed(2)} · {row.scored} scored
                  </Typography>
                </CardContent>
              </CardActionArea>
            </Card>
          ))}
        </Stack>
      </>
    );
  return (
    <Box sx={{ overflowX: 'auto', maxHeight: 420 }}>
      <Table size="small" stickyHeader aria-label="Agent leaderboard">
        <TableHead>
          <TableRow>
            {COLUMNS.map(({ column, label, numeric }) => (
              <TableCell key={column} align={numeric ? 'right' : 'left'} sortDirection={sort.column === column ? sort.direction : false}>
                <TableSortLabel
                  active={sort.column === column}
                  direction={sort.column === column ? sort.direction : numeric ? 'desc' : 'asc'}
                  onClick={() => setSort((now) => ({ column, direction: now.column === column ? (now.direction === 'asc' ? 'desc' : 'asc') : numeric ? 'desc' : 'asc' }))}
                >
                  {label}
                </TableSortLabel>
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {sorted.map((row) => (
            <TableRow key={row.id} hover selected={row.id === selected} onClick={() => onSelect(row.id)} sx={{ cursor: 'pointer' }} data-agent={row.id}>
              <TableCell>
                <Box component="button" type="button" onClick={() => onSelect(row.id)} aria-label={`Show ${row.name}`} sx={{ all: 'unset', cursor: 'pointer', color: row.enabled ? 'text.primary' : 'text.disabled' }}>
                  {row.name}
                  {!row.enabled && ' (off)'}
                </Box>
              </TableCell>
              <TableCell>{row.category}</TableCell>
              <TableCell align="right">{formatFraction(row.accuracy)}</TableCell>
              <TableCell align="right">{row.weight.toFixed(2)}</TableCell>
              <TableCell align="right">{row.scored}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
