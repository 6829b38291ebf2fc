import { Button, Card, CardActionArea, CardContent, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TableSortLabel, Typography, useMediaQuery, useTheme } from '@mui/material';
import { ActionChip } from '../signals/action-chip.js';
import { formatPrice } from '../signals/format-price.js';
import type { SignalView } from '../signals/signal-view.js';
import { formatBarTime } from './format-bar-time.js';
import { formatPercent } from './format-percent.js';
import { OutcomeText } from './outcome-text.js';
import type { SignalSort } from './signal-sort.js';

interface Column {
  readonly label: string;
  readonly sortKey?: SignalSort['key'];
  readonly numeric?: boolean;
}

const COLUMNS: readonly Column[] = [
  { label: 'Bar', sortKey: 'time' },
  { label: 'Symbol', sortKey: 'symbol' },
  { label: 'Action', sortKey: 'action' },
  { label: 'Confidence', sortKey: 'confidence', numeric: true },
  { label: 'Consensus', sortKey: 'consensusStrength', numeric: true },
  { label: 'Risk', sortKey: 'riskLevel' },
  { label: 'Price', sortKey: 'price', numeric: true },
  { label: 'Stop', numeric: true },
  { label: 'Target', numeric: true },
  { label: 'Outcome', sortKey: 'outcome' },
];

/** The name of a signal's details button: what tells one row from another. */
function detailsName(signal: SignalView): string {
  return `Details of ${signal.symbol} ${signal.action} ${signal.timeframe} ${formatBarTime(signal.time)}`;
}

export interface SignalsListTableProps {
  readonly signals: readonly SignalView[];
  readonly sort: SignalSort;
  readonly onSortChange: (sort: SignalSort) => void;
  readonly onOpen: (signal: SignalView) => void;
}

/** Signals as a dense sortable table (as cards on a phone); a row opens the signal's details. */
export function SignalsListTable({ signals, sort, onSortChange, onOpen }: SignalsListTableProps) {
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'));

  function sortBy(key: SignalSort['key']): void {
    // A new column starts with its most telling end: highest numbers, newest bars, A→Z names.
    const first = key === 'symbol' || key === 'action' ? 'asc' : 'desc';
    onSortChange(sort.key === key ? { key, direction: sort.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: first });
  }

  if (phone)
    return (
      <Stack spacing={1} component="ul" aria-label="Signals" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {signals.map((signal) => (
          <Card key={signal.id} component="li" variant="outlined" data-signal-id={signal.id}>
            <CardActionArea onClick={() => onOpen(signal)} aria-label={detailsName(signal)}>
              <CardContent sx={{ py: 1.25, '&:last-child': { pb: 1.25 } }}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
                  <Typography variant="subtitle2">
                    {signal.symbol}{' '}
                    <Typography component="span" variant="caption" color="text.secondary">
                      {signal.timeframe} · {formatBarTime(signal.time)}
                    </Typography>
                  </Typography>
                  <ActionChip action={signal.action} />
                </Stack>
                <Typography variant="body2" color="text.secondary">
                  {formatPercent(signal.confidence)} confidence · {formatPercent(signal.consensusStrength)} consensus · {signal.riskLevel} risk
                </Typography>
                <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between' }}>
                  <Typography variant="body2" color="text.secondary">
                    {formatPrice(signal.price)}
                    {signal.stopLoss !== null && ` · stop ${formatPrice(signal.stopLoss)} · target ${formatPrice(signal.takeProfit)}`}
                  </Typography>
                  <OutcomeText signal={signal} />
                </Stack>
              </CardContent>
            </CardActionArea>
          </Card>
        ))}
      </Stack>
    );

  return (
    <TableContainer>
      <Table size="small" aria-label="Signals">
        <TableHead>
          <TableRow>
            {COLUMNS.map((column) => (
              <TableCell key={column.label} align={column.numeric === true ? 'right' : 'left'} sortDirection={sort.key === column.sortKey ? sort.direction : false}>
                {column.sortKey === undefined ? (
                  column.label
                ) : (
                  <TableSortLabel active={sort.key === column.sortKey} direction={sort.key === column.sortKey ? sort.direction : 'asc'} onClick={() => sortBy(column.sortKey ?? 'time')}>
                    {column.label}
                  </TableSortLabel>
                )}
              </TableCell>
            ))}
            <TableCell aria-label="Details" />
          </TableRow>
        </TableHead>
        <TableBody>
          {signals.map((signal) => (
            <TableRow key={signal.id} data-signal-id={signal.id} hover onClick={() => onOpen(signal)} sx={{ cursor: 'pointer' }}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatBarTime(signal.time)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {signal.symbol}{' '}
                <Typography component="span" variant="caption" color="text.secondary">
                  {signal.timeframe}
                </Typography>
              </TableCell>
              <TableCell>
                <ActionChip action={signal.action} />
              </TableCell>
              <TableCell align="right">{formatPercent(signal.confidence)}</TableCell>
              <TableCell align="right">{formatPercent(signal.consensusStrength)}</TableCell>
              <TableCell>{signal.riskLevel}</TableCell>
              <TableCell align="right">{formatPrice(signal.price)}</TableCell>
              <TableCell align="right">{formatPrice(signal.stopLoss)}</TableCell>
              <TableCell align="right">{formatPrice(signal.takeProfit)}</TableCell>
              <TableCell>
                <OutcomeText signal={signal} />
              </TableCell>
              <TableCell align="right" sx={{ py: 0 }}>
                <Button
                  size="small"
                  aria-label={detailsName(signal)}
                  onClick={(event) => {
                    // The row opens the same details; one click must not open them twice.
                    event.stopPropagation();
                    onOpen(signal);
                  }}
                >
                  Details
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
