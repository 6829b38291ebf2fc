import { FormControl, InputLabel, MenuItem, Select, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { apiRequest } from '../api/api-client.js';
import { ActionChip } from '../signals/action-chip.js';
import { formatPrice } from '../signals/format-price.js';
import type { SignalView } from '../signals/signal-view.js';
import { formatBarTime } from './format-bar-time.js';
import { formatPercent } from './format-percent.js';
import { OutcomeText } from './outcome-text.js';
import { QueryState } from './query-state.js';

const PERIODS = [
  { hours: 24, label: 'Last 24 hours' },
  { hours: 72, label: 'Last 3 days' },
  { hours: 168, label: 'Last 7 days' },
  { hours: 720, label: 'Last 30 days' },
  { hours: 2160, label: 'Last 90 days' },
] as const;

/** A symbol's signals of the last hours (`GET /signals/{symbol}?hours=`), newest first; a row opens its details. */
export function SymbolHistoryPanel({ symbol, onOpen }: { readonly symbol: string; readonly onOpen: (signalId: string) => void }) {
  const [hours, setHours] = useState<number>(168);
  const labelId = useId();
  const history = useQuery({
    queryKey: ['signals', 'history', symbol, hours],
    queryFn: () => apiRequest<{ items: SignalView[] }>('GET', `/signals/${encodeURIComponent(symbol)}?hours=${hours}`),
  });
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h6" component="h3">
          {symbol} history
        </Typography>
        <FormControl size="small" sx={{ minWidth: 150 }}>
          <InputLabel id={labelId}>Period</InputLabel>
          <Select labelId={labelId} label="Period" value={hours} onChange={(event) => setHours(Number(event.target.value))}>
            {PERIODS.map((period) => (
              <MenuItem key={period.hours} value={period.hours}>
                {period.label}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      </Stack>
      <QueryState query={history} loading={`Loading the signals of ${symbol}…`}>
        {(data) =>
          data.items.length === 0 ? (
            <Typography color="text.secondary">No {symbol} signals in this period.</Typography>
          ) : (
            <Table size="small" aria-label={`${symbol} signals`}>
              <TableHead>
                <TableRow>
                  <TableCell>Bar</TableCell>
                  <TableCell>Action</TableCell>
                  <TableCell align="right">Conf.</TableCell>
                  <TableCell align="right">Price</TableCell>
                  <TableCell>Outcome</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.items.map((signal) => (
                  <TableRow
                    key={signal.id}
                    hover
                    data-signal-id={signal.id}
                    tabIndex={0}
                    aria-label={`Details of ${signal.symbol} ${signal.action} ${signal.timeframe} ${formatBarTime(signal.time)}`}
                    onClick={() => onOpen(signal.id)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter' || event.key === ' ') {
                        event.preventDefault();
                        onOpen(signal.id);
                      }
                    }}
                    sx={{ cursor: 'pointer' }}
                  >
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {formatBarTime(signal.time)}{' '}
                      <Typography component="span" variant="caption" color="text.secondary">
                        {signal.timeframe}
                      </Typography>
                    </TableCell>
                    <TableCell>
                      <ActionChip action={signal.action} />
                    </TableCell>
                    <TableCell align="right">{formatPercent(signal.confidence)}</TableCell>
                    <TableCell align="right">{formatPrice(signal.price)}</TableCell>
                    <TableCell>
                      <OutcomeText signal={signal} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )
        }
      </QueryState>
    </Stack>
  );
}
