import { Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography, useMediaQuery, useTheme } from '@mui/material';
import { DetailCard } from './detail-card.js';
import { formatAmount } from './format-amount.js';
import { formatQuantity } from './format-quantity.js';
import type { FillView } from './fill-view.js';
import { SideText } from './side-text.js';

/** Executions, newest first: when, what, how many, at what price (slippage included), commission. */
export function FillsView({ fills }: { readonly fills: readonly FillView[] }) {
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'));
  if (fills.length === 0) return <Typography color="text.secondary">No fills yet.</Typography>;
  if (phone) {
    return (
      <Stack spacing={1} role="list" aria-label="Fills">
        {fills.map((fill) => (
          <DetailCard
            key={fill.id}
            label={`${fill.side} ${fill.quantity} ${fill.symbol} at ${fill.price}`}
            title={
              <>
                <SideText side={fill.side} /> {fill.symbol}
              </>
            }
            rows={[
              ['Quantity', formatQuantity(fill.quantity)],
              ['Price', formatAmount(fill.price, 4)],
              ['Commission', formatAmount(fill.commission)],
              ['Time', new Date(fill.time).toLocaleString()],
            ]}
          />
        ))}
      </Stack>
    );
  }
  return (
    <TableContainer>
      <Table size="small" aria-label="Fills">
        <TableHead>
          <TableRow>
            <TableCell>Time</TableCell>
            <TableCell>Symbol</TableCell>
            <TableCell>Side</TableCell>
            <TableCell align="right">Quantity</TableCell>
            <TableCell align="right">Price</TableCell>
            <TableCell align="right">Commission</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {fills.map((fill) => (
            <TableRow key={fill.id} hover data-fill-id={fill.id}>
              <TableCell>{new Date(fill.time).toLocaleString()}</TableCell>
              <TableCell component="th" scope="row">
                {fill.symbol}
              </TableCell>
              <TableCell>
                <SideText side={fill.side} />
              </TableCell>
              <TableCell align="right">{formatQuantity(fill.quantity)}</TableCell>
              <TableCell align="right">{formatAmount(fill.price, 4)}</TableCell>
              <TableCell align="right">{formatAmount(fill.commission)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
