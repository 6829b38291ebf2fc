import { Chip } from '@mui/material';
import type { TriggerView } from './trigger-view.js';

const LOOK = {
  sent: { label: 'sent', color: 'success' },
  quiet_hours: { label: 'quiet hours', color: 'default' },
  rate_limited: { label: 'rate limited', color: 'warning' },
} as const;

/** Whether a trigger was sent, or held back (nothing sent) by the rule's quiet hours or hourly limit. */
export function TriggerStatusChip({ status }: { readonly status: TriggerView['status'] }) {
  const look = LOOK[status] ?? { label: status, color: 'default' };
  return <Chip size="small" label={look.label} color={look.color} variant="outlined" />;
}
