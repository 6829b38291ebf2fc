import { Alert, Button, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useCheckedForm } from '../forms/use-checked-form.js';
import { useState, type FormEvent } from 'react';
import type { OrderFields } from './order-fields.js';
import type { OrderTicket } from './order-ticket.js';
import type { PlacedOrder } from './placed-order.js';
import { validateOrderFields } from './validate-order-fields.js';

const EMPTY: OrderFields = { symbol: '', side: 'buy', quantity: '', type: 'market', limitPrice: '' };
const FORM_FIELDS = ['symbol', 'side', 'quantity', 'type', 'limitPrice'];

function outcomeOf(placed: PlacedOrder): string {
  const { order, fill } = placed;
  const what = `${order.side === 'buy' ? 'Buy' : 'Sell'} ${order.quantity} ${order.symbol}`;
  if (fill !== null) return `${what}: filled at ${fill.price}${placed.quote.simulated ? ' (simulated quote)' : ''}.`;
  if (order.status === 'open') return `${what}: working, limit ${order.limitPrice ?? ''} (last ${placed.quote.price}).`;
  return `${what}: ${order.status}.`;
}

/** The order ticket: symbol, side, quantity, market or limit (with its price); checked here, the API's refusals shown at their fields. */
export function OrderForm({ onPlace }: { readonly onPlace: (ticket: OrderTicket) => Promise<PlacedOrder> }) {
  const [outcome, setOutcome] = useState<string | null>(null);
  const { fields, problems, failure, pending, change, submit } = useCheckedForm({
    initial: EMPTY,
    check: (current: OrderFields) => {
      const checked = validateOrderFields(current);
      return checked.problems !== undefined ? checked : { value: checked.ticket };
    },
    send: onPlace,
    onSent: (placed, setFields) => {
      setOutcome(outcomeOf(placed));
      setFields((current) => ({ ...current, quantity: '', limitPrice: '' }));
    },
    onEdit: () => setOutcome(null),
    formFields: FORM_FIELDS,
  });

  const limit = fields.type === 'limit';
  return (
    <Stack component="form" noValidate onSubmit={(event: FormEvent) => void submit(event)} spacing={1.5} aria-label="Place an order">
      <Stack direction="row" spacing={1}>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={fields.side}
          onChange={(_event, value: OrderFields['side'] | null) => value !== null && change('side', value)}
          aria-label="Side"
          sx={{ flex: 1 }}
        >
          <ToggleButton value="buy" color="success" sx={{ flex: 1 }}>
            Buy
          </ToggleButton>
          <ToggleButton value="sell" color="error" sx={{ flex: 1 }}>
            Sell
          </ToggleButton>
        </ToggleButtonGroup>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={fields.type}
          onChange={(_event, value: OrderFields['type'] | null) => value !== null && change('type', value)}
          aria-label="Order type"
          sx={{ flex: 1 }}
        >
          <ToggleButton value="market" sx={{ flex: 1 }}>
            Market
          </ToggleButton>
          <ToggleButton value="limit" sx={{ flex: 1 }}>
            Limit
          </ToggleButton>
        </ToggleButtonGroup>
      </Stack>
      <TextField
        size="small"
        label="Symbol"
        value={fields.symbol}
        onChange={(event) => change('symbol', event.target.value)}
        error={problems.symbol !== undefined}
        helperText={problems.symbol}
        slotProps={{ htmlInput: { maxLength: 20, autoCapitalize: 'characters', spellCheck: false } }}
      />
      <TextField
        size="small"
        label="Quantity"
        value={fields.quantity}
        onChange={(event) => change('quantity', event.target.value)}
        error={problems.quantity !== undefined}
        helperText={problems.quantity}
        slotProps={{ htmlInput: { inputMode: 'decimal' } }}
      />
      {limit && (
        <TextField
          size="small"
          label="Limit price"
          value={fields.limitPrice}
          onChange={(event) => change('limitPrice', event.target.value)}
          error={problems.limitPrice !== undefined}
          helperText={problems.limitPrice ?? (fields.side === 'buy' ? 'the most to pay per unit' : 'the least to take per unit')}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
        />
      )}
      <Button type="submit" variant="contained" color={fields.side === 'buy' ? 'success' : 'error'} disabled={pending}>
        {pending ? 'Placing…' : `Place ${fields.side} order`}
      </Button>
      {failure !== null && (
        <Alert severity="error" role="alert">
          {failure}
        </Alert>
      )}
      {outcome !== null && (
        <Alert severity="success" role="status">
          {outcome}
        </Alert>
      )}
    </Stack>
  );
}
