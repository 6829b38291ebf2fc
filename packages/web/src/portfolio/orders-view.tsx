import { Button, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography, useMediaQuery, useTheme } from '@mui/material';
import { DetailCard } from './detail-card.js';
import { formatAmount } from './format-amount.js';
import { formatQuantity } from './format-quantity.js';
import type { OrderView } from './order-view.js';
import { SideText } from './side-text.js';

interface OrdersViewProps {
  readonly orders: readonly OrderView[];
  /** Cancels an order; absent where the user cannot cancel. */
  readonly onCancel?: (order: OrderView) => void;
  /** The order whose cancellation is under way. */
  readonly cancelling?: string | null;
}

function orderLabel(order: OrderView): string {
  const price = order.limitPrice === null ? order.type : `${order.type} ${order.limitPrice}`;
  return `${order.side} ${order.quantity} ${order.symbol} ${price}`;
}

/** Working orders (open or partly filled): what, how much is filled, the limit, when placed; a cancel button each. */
export function OrdersView({ orders, onCancel, cancelling = null }: OrdersViewProps) {
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'));
  if (orders.length === 0) return <Typography color="text.secondary">No working orders. Limit orders wait here until the price reaches them.</Typography>;
  const cancel = (order: OrderView) =>
    onCancel && (
      <Button size="small" color="warning" onClick={() => onCancel(order)} disabled={cancelling === order.id} aria-label={`Cancel ${orderLabel(order)}`}>
        Cancel
      </Button>
    );
  if (phone) {
    return (
      <Stack spacing={1} role="list" aria-label="Working orders">
        {orders.map((order) => (
          <DetailCard
            key={order.id}
            label={orderLabel(order)}
            title={
              <>
                <SideText side={order.side} /> {order.symbol}
              </>
            }
            action={cancel(order)}
            rows={[
              ['Type', order.type],
              ['Quantity', formatQuantity(order.quantity)],
              ['Filled', formatQuantity(order.filledQuantity)],
              ['Limit', formatAmount(order.limitPrice, 4)],
              ['Placed', new Date(order.createdAt).toLocaleString()],
            ]}
          />
        ))}
      </Stack>
    );
  }
  return (
    <TableContainer>
      <Table size="small" aria-label="Working orders">
        <TableHead>
          <TableRow>
            <TableCell>Symbol</TableCell>
            <TableCell>Side</TableCell>
            <TableCell>Type</TableCell>
            <TableCell align="right">Quantity</TableCell>
            <TableCell align="right">Filled</TableCell>
            <TableCell align="right">Limit</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Placed</TableCell>
            {onCancel && <TableCell aria-label="Actions" />}
          </TableRow>
        </TableHead>
        <TableBody>
          {orders.map((order) => (
            <TableRow key={order.id} hover data-order-id={order.id}>
              <TableCell component="th" scope="row">
                {order.symbol}
              </TableCell>
              <TableCell>
                <SideText side={order.side} />
              </TableCell>
              <TableCell>{order.type}</TableCell>
              <TableCell align="right">{formatQuantity(order.quantity)}</TableCell>
              <TableCell align="right">{formatQuantity(order.filledQuantity)}</TableCell>
              <TableCell align="right">{formatAmount(order.limitPrice, 4)}</TableCell>
              <TableCell>{order.status.replace('_', ' ')}</TableCell>
              <TableCell>{new Date(order.createdAt).toLocaleString()}</TableCell>
              {onCancel && <TableCell align="right">{cancel(order)}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
