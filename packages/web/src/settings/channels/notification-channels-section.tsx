import { Alert, Divider, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/api-client.js';
import { usePreferences } from '../preferences-store.js';
import { SettingsSection } from '../settings-section.js';
import { ChannelCard } from './channel-card.js';
import { ChannelForm } from './channel-form.js';
import type { ChannelView } from './channel-view.js';
import { CHANNELS_QUERY_KEYS as KEYS } from './channels-query-keys.js';
import type { CreatedChannel } from './created-channel.js';
import type { DeliveryView } from './delivery-view.js';
import type { NewChannel } from './new-channel.js';

/** The caller's notification channels (webhook, Telegram, Discord, Slack, e-mail): add, switch on and off, test, delete. */
export function NotificationChannelsSection() {
  const client = useQueryClient();
  const timeZone = usePreferences((state) => state.timeZone);
  const channels = useQuery({ queryKey: KEYS.list, queryFn: () => apiRequest<{ channels: ChannelView[] }>('GET', '/channels') });
  // A test or a toggle changes the last delivery and the deliveries list as well: refresh everything of the channels.
  const changed = () => client.invalidateQueries({ queryKey: KEYS.all });
  const path = (channel: ChannelView) => `/channels/${encodeURIComponent(channel.id)}`;

  async function create(input: NewChannel): Promise<CreatedChannel> {
    const created = await apiRequest<CreatedChannel>('POST', '/channels', input);
    await changed();
    return created;
  }

  async function setEnabled(channel: ChannelView, enabled: boolean): Promise<void> {
    await apiRequest<ChannelView>('PATCH', path(channel), { enabled });
    await changed();
  }

  async function test(channel: ChannelView): Promise<DeliveryView> {
    const { delivery } = await apiRequest<{ delivery: DeliveryView }>('POST', `${path(channel)}/test`);
    void changed();
    return delivery;
  }

  async function remove(channel: ChannelView): Promise<void> {
    await apiRequest<undefined>('DELETE', path(channel));
    await changed();
  }

  return (
    <SettingsSection title="Notification channels" description="Where GoldenSignals sends messages: your own webhook, a Telegram chat, a Discord or Slack channel, or an e-mail address.">
      <Stack spacing={1.5}>
        {channels.isPending && <Typography color="text.secondary">Loading channels…</Typography>}
        {channels.isError && (
          <Alert severity="error" role="alert">
            {channels.error.message}
          </Alert>
        )}
        {channels.isSuccess && channels.data.channels.length === 0 && <Typography color="text.secondary">No channels yet: add one below, then send it a test.</Typography>}
        {channels.data?.channels.map((channel) => (
          <ChannelCard
            key={channel.id}
            channel={channel}
            timeZone={timeZone}
            onEnabledChange={(enabled) => setEnabled(channel, enabled)}
            onTest={() => test(channel)}
            onDelete={() => remove(channel)}
          />
        ))}
        <Divider />
        <Typography variant="subtitle1" component="h3">
          Add channel
        </Typography>
        <ChannelForm onCreate={create} />
      </Stack>
    </SettingsSection>
  );
}
