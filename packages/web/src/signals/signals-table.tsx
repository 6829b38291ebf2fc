import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography, useMediaQuery, useTheme } from '@mui/material';
import { ActionChip } from './action-chip.js';
import { formatPrice as price } from './format-price.js';
import { SignalCards } from './signal-cards.js';
import type { SignalView } from './signal-view.js';

/** Signals as rows (symbol, action, confidence, risk, levels, bar time); as cards on a phone. */
export function SignalsTable({ signals, label }: { readonly signals: readonly SignalView[]; readonly label: string }) {
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'));
  if (signals.length === 0) return <Typography color="text.secondary">No signals yet. They appear here as soon as they are generated.</Typography>;
  if (phone) return <SignalCards signals={signals} label={label} />;
  return (
    <TableContainer>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>Symbol</TableCell>
            <TableCell>Action</TableCell>
            <TableCell align="right">Confidence</TableCell>
            <TableCell>Risk</TableCell>
            <TableCell align="right">Price</TableCell>
            <TableCell align="right">Stop</TableCell>
            <TableCell align="right">Target</TableCell>
            <TableCell>Bar</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {signals.map((signal) => (
            <TableRow key={signal.id} data-signal-id={signal.id} hover>
              <TableCell>
                {signal.symbol} <Typography component="span" variant="caption" color="text.secondary">{signal.timeframe}</Typography>
              </TableCell>
              <TableCell>
                <ActionChip action={signal.action} />
              </TableCell>
              <TableCell align="right">{Math.round(signal.confidence * 100)}%</TableCell>
              <TableCell>{signal.riskLevel}</TableCell>
              <TableCell align="right">{price(signal.price)}</TableCell>
              <TableCell align="right">{price(signal.stopLoss)}</TableCell>
              <TableCell align="right">{price(signal.takeProfit)}</TableCell>
              <TableCell>{new Date(signal.time).toLocaleString()}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
