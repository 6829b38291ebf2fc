import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography, useMediaQuery, useTheme } from '@mui/material';
import { formatStat } from './format-stat.js';
import type { SymbolResult } from './symbol-result.js';

const SHOWN = 200;

function returnText(returnPct: number | null | undefined): string {
  return returnPct === null || returnPct === undefined ? '—' : `${(returnPct * 100).toFixed(2)} %`;
}

function pnlColor(pnl: number | null | undefined): string | undefined {
  return (pnl ?? 0) > 0 ? 'success.main' : (pnl ?? 0) < 0 ? 'error.main' : undefined;
}

function timeText(time: string | undefined): string {
  return time === undefined ? '—' : time.slice(0, 16).replace('T', ' ');
}

/** A symbol's trades, newest first (the latest {@link SHOWN}); cards on a phone. */
export function TradesTable({ trades, total }: { readonly trades: NonNullable<SymbolResult['trades']>; readonly total: number }) {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  if (trades.length === 0) return <Typography color="text.secondary">No trades.</Typography>;
  const shown = trades.slice(-SHOWN).reverse();
  if (phone)
    return (
      <Stack spacing={0.5} role="list" aria-label="Trades" sx={{ maxHeight: 360, overflowY: 'auto', '& > *': { flexShrink: 0 } }}>
        {shown.map((trade, k) => (
          <Box key={`${trade.entryTime ?? k}-${k}`} role="listitem" sx={{ borderBottom: 1, borderColor: 'divider', py: 0.5, display: 'flex', justifyContent: 'space-between', gap: 1 }}>
            <Typography variant="body2">
              {(trade.size ?? 0) < 0 ? 'Short' : 'Long'} {formatStat(Math.abs(trade.size ?? 0))} @ {formatStat(trade.entryPrice)} → {formatStat(trade.exitPrice)}
              <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
                {timeText(trade.entryTime)} → {timeText(trade.exitTime)}
              </Typography>
            </Typography>
            <Typography variant="body2" sx={{ textAlign: 'right', color: pnlColor(trade.pnl), whiteSpace: 'nowrap' }}>
              {formatStat(trade.pnl)}
              <Typography variant="caption" component="span" sx={{ display: 'block' }}>
                {returnText(trade.returnPct)}
              </Typography>
            </Typography>
          </Box>
        ))}
      </Stack>
    );
  return (
    <Box sx={{ overflowX: 'auto', maxHeight: 360 }}>
      <Table size="small" stickyHeader aria-label="Trades">
        <TableHead>
          <TableRow>
            <TableCell>Entry</TableCell>
            <TableCell>Exit</TableCell>
            <TableCell align="right">Size</TableCell>
            <TableCell align="right">Entry price</TableCell>
            <TableCell align="right">Exit price</TableCell>
            <TableCell align="right">P&amp;L</TableCell>
            <TableCell align="right">Return</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((trade, k) => (
            <TableRow key={`${trade.entryTime ?? k}-${trade.exitTime ?? k}-${k}`}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{timeText(trade.entryTime)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{timeText(trade.exitTime)}</TableCell>
              <TableCell align="right">{formatStat(trade.size)}</TableCell>
              <TableCell align="right">{formatStat(trade.entryPrice)}</TableCell>
              <TableCell align="right">{formatStat(trade.exitPrice)}</TableCell>
              <TableCell align="right" sx={{ color: pnlColor(trade.pnl) }}>
                {formatStat(trade.pnl)}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {returnText(trade.returnPct)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {total > shown.length && (
        <Typography variant="caption" color="text.secondary">
          Latest {shown.length} of {total} trades.
        </Typography>
      )}
    </Box>
  );
}
