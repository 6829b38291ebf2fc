import { Alert, Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api/api-client.js';
import { DeliveryStatusChip } from '../settings/channels/delivery-status-chip.js';
import { formatDateTime } from '../settings/format-date-time.js';
import { usePreferences } from '../settings/preferences-store.js';
import { alertChannelLabel } from './alert-channels.js';
import { ALERTS_QUERY_KEYS as KEYS } from './alerts-query-keys.js';
import { TriggerStatusChip } from './trigger-status-chip.js';
import type { TriggerDeliveryView, TriggerView } from './trigger-view.js';

const SHOWN = 50;

function deliveryLine(delivery: TriggerDeliveryView): string {
  const channel = delivery.channelName ?? alertChannelLabel(delivery.kind);
  return `${channel} · ${delivery.attempts} attempt${delivery.attempts === 1 ? '' : 's'}`;
}

/** A rule's latest triggers, newest first: subject, when, sent or held back, and how each delivery went. */
export function AlertTriggers({ alertId, label }: { readonly alertId: string; readonly label: string }) {
  const timeZone = usePreferences((state) => state.timeZone);
  const triggers = useQuery({
    queryKey: KEYS.triggers(alertId),
    queryFn: () => apiRequest<{ triggers: TriggerView[] }>('GET', `/alerts/${encodeURIComponent(alertId)}/triggers?limit=${SHOWN}`),
  });
  if (triggers.isPending) return <Typography color="text.secondary">Loading triggers…</Typography>;
  if (triggers.isError)
    return (
      <Alert severity="error" role="alert">
        {triggers.error.message}
      </Alert>
    );
  if (triggers.data.triggers.length === 0) return <Typography color="text.secondary">Not triggered yet.</Typography>;
  return (
    <Stack component="ul" spacing={1} aria-label={`Triggers of ${label}`} sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {triggers.data.triggers.map((trigger) => (
        <Box component="li" key={trigger.id} data-trigger-id={trigger.id} data-trigger-status={trigger.status}>
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <TriggerStatusChip status={trigger.status} />
            <Typography variant="body2">{trigger.subject}</Typography>
            <Typography variant="caption" color="text.secondary">
              {formatDateTime(trigger.firedAt, timeZone)}
            </Typography>
          </Stack>
          {trigger.deliveries.length > 0 && (
            <Stack component="ul" spacing={0.5} aria-label={`Deliveries of ${trigger.subject}`} sx={{ listStyle: 'none', pl: 2, mt: 0.5, mb: 0 }}>
              {trigger.deliveries.map((delivery) => (
                <Box component="li" key={delivery.id} data-delivery-status={delivery.status}>
                  <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                    <DeliveryStatusChip status={delivery.status} />
                    <Typography variant="caption">{deliveryLine(delivery)}</Typography>
                  </Stack>
                  {delivery.error !== null && (
                    <Typography variant="caption" color="error" component="p" sx={{ m: 0, overflowWrap: 'anywhere' }}>
                      {delivery.error}
                    </Typography>
                  )}
                </Box>
              ))}
            </Stack>
          )}
        </Box>
      ))}
    </Stack>
  );
}
