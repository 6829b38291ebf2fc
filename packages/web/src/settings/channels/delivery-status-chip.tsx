import { Chip } from '@mui/material';
import type { DeliveryView } from './delivery-view.js';

const COLOR = { pending: 'warning', delivered: 'success', failed: 'error', dead: 'error' } as const;

/** A delivery's status as a coloured chip; `dead` (every retry spent) outlined to tell it from a plain failure. */
export function DeliveryStatusChip({ status }: { readonly status: DeliveryView['status'] }) {
  return <Chip size="small" label={status} color={COLOR[status]} variant={status === 'dead' || status === 'pending' ? 'outlined' : 'filled'} />;
}
