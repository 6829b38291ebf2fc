import { Box, Button, Stack, Typography } from '@mui/material';
import { DeliveryStatusChip } from '../settings/channels/delivery-status-chip.js';
import { formatDateTime } from '../settings/format-date-time.js';
import { alertChannelLabel } from './alert-channels.js';
import type { DeadLetterView } from './dead-letter-view.js';

/** The name a dead delivery's channel goes by: its own, or its kind's when the channel was deleted since. */
export function deadLetterChannel(delivery: DeadLetterView): string {
  return delivery.channelName ?? alertChannelLabel(delivery.kind);
}

/** One dead delivery: where, what, how many attempts, the last error, and Retry. */
export function DeadLetterRow({ delivery, timeZone, retrying, onRetry }: { readonly delivery: DeadLetterView; readonly timeZone: string; readonly retrying: boolean; readonly onRetry: () => void }) {
  const channel = deadLetterChannel(delivery);
  return (
    <Box component="li" data-delivery-id={delivery.id} sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <DeliveryStatusChip status={delivery.status} />
        <Typography variant="body2" sx={{ flexGrow: 1, overflowWrap: 'anywhere' }}>
          {delivery.subject}
        </Typography>
        <Button size="small" variant="outlined" disabled={retrying} onClick={onRetry} aria-label={`Retry ${delivery.subject} to ${channel}`}>
          {retrying ? 'Retrying…' : 'Retry'}
        </Button>
      </Stack>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ m: 0 }}>
        {channel} ({alertChannelLabel(delivery.kind)}) · {delivery.eventType} · {delivery.attempts} attempt{delivery.attempts === 1 ? '' : 's'} · last{' '}
        {formatDateTime(delivery.lastAttemptAt ?? delivery.createdAt, timeZone)}
      </Typography>
      {delivery.error !== null && (
        <Typography variant="caption" color="error" component="p" sx={{ m: 0, overflowWrap: 'anywhere' }}>
          {delivery.error}
        </Typography>
      )}
    </Box>
  );
}
