import { Alert, Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../api/api-client.js';
import { formatDateTime } from '../format-date-time.js';
import { usePreferences } from '../preferences-store.js';
import { CHANNELS_QUERY_KEYS as KEYS } from './channels-query-keys.js';
import { DeliveryStatusChip } from './delivery-status-chip.js';
import type { DeliveryView } from './delivery-view.js';

const SHOWN = 20;

function detailsOf(delivery: DeliveryView): string {
  const attempts = `${delivery.attempts} attempt${delivery.attempts === 1 ? '' : 's'}`;
  return delivery.latencyMs === null ? attempts : `${attempts} · ${Math.round(delivery.latencyMs)} ms`;
}

/** A channel's latest deliveries, newest first: status, subject, when, attempts, latency and the error of a failure. */
export function RecentDeliveries({ channelId, channelName }: { readonly channelId: string; readonly channelName: string }) {
  const timeZone = usePreferences((state) => state.timeZone);
  const deliveries = useQuery({
    queryKey: KEYS.deliveries(channelId),
    queryFn: () => apiRequest<{ deliveries: DeliveryView[] }>('GET', `/channels/${encodeURIComponent(channelId)}/deliveries?limit=${SHOWN}`),
  });
  if (deliveries.isPending) return <Typography color="text.secondary">Loading deliveries…</Typography>;
  if (deliveries.isError)
    return (
      <Alert severity="error" role="alert">
        {deliveries.error.message}
      </Alert>
    );
  if (deliveries.data.deliveries.length === 0) return <Typography color="text.secondary">Nothing sent yet.</Typography>;
  return (
    <Stack component="ul" spacing={1} aria-label={`Recent deliveries of ${channelName}`} sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {deliveries.data.deliveries.map((delivery) => (
        <Box component="li" key={delivery.id} data-delivery-id={delivery.id} data-delivery-status={delivery.status}>
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <DeliveryStatusChip status={delivery.status} />
            <Typography variant="body2">{delivery.subject}</Typography>
            <Typography variant="caption" color="text.secondary">
              {formatDateTime(delivery.createdAt, timeZone)} · {detailsOf(delivery)}
            </Typography>
          </Stack>
          {delivery.error !== null && (
            <Typography variant="caption" color="error" component="p" sx={{ m: 0, overflowWrap: 'anywhere' }}>
              {delivery.error}
            </Typography>
          )}
        </Box>
      ))}
    </Stack>
  );
}
