import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import { formatDateTime } from '../format-date-time.js';
import type { ChannelView } from './channel-view.js';

/** How the channel's last delivery went: a chip, when, and the error of a failure (also the chip's tooltip). */
export function LastDeliveryStatus({ lastDelivery, timeZone }: { readonly lastDelivery: ChannelView['lastDelivery']; readonly timeZone: string }) {
  if (lastDelivery === null)
    return (
      <Typography variant="body2" color="text.secondary">
        Nothing sent yet
      </Typography>
    );
  const chip = <Chip size="small" label={lastDelivery.status} color={lastDelivery.status === 'delivered' ? 'success' : 'error'} />;
  return (
    <Stack spacing={0.25}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="body2" color="text.secondary">
          Last delivery
        </Typography>
        {lastDelivery.error === null ? chip : <Tooltip title={lastDelivery.error}>{chip}</Tooltip>}
        <Typography variant="body2" color="text.secondary">
          {formatDateTime(lastDelivery.at, timeZone)}
        </Typography>
      </Stack>
      {lastDelivery.error !== null && (
        <Typography variant="caption" color="error" sx={{ overflowWrap: 'anywhere' }}>
          {lastDelivery.error}
        </Typography>
      )}
    </Stack>
  );
}
