import { Chip } from '@mui/material';
import type { SignalAction } from '@goldensignals/engine';

const COLOR = { BUY: 'success', SELL: 'error', HOLD: 'default' } as const;

/** BUY / SELL / HOLD as a coloured chip. */
export function ActionChip({ action }: { readonly action: SignalAction }) {
  return <Chip size="small" label={action} color={COLOR[action]} variant={action === 'HOLD' ? 'outlined' : 'filled'} />;
}
