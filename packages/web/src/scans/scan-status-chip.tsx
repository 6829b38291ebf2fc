import { Chip } from '@mui/material';
import type { ScanItemView, ScanStatus } from './scan-view.js';

const COLOR = { queued: 'default', pending: 'default', running: 'info', done: 'success', failed: 'error' } as const;

/** A scan's or a scanned symbol's state as a coloured chip: waiting ones outlined. */
export function ScanStatusChip({ status }: { readonly status: ScanStatus | ScanItemView['status'] }) {
  const waiting = status === 'queued' || status === 'pending';
  return <Chip size="small" label={status} color={COLOR[status]} variant={waiting ? 'outlined' : 'filled'} />;
}
