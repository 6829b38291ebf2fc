import { Alert, Box, Button, Card, CardContent, Chip, Collapse, FormControlLabel, Stack, Switch, Typography } from '@mui/material';
import { useState } from 'react';
import { CHANNEL_KINDS } from './channel-kinds.js';
import type { ChannelView } from './channel-view.js';
import { configEntries } from './config-entries.js';
import type { DeliveryView } from './delivery-view.js';
import { LastDeliveryStatus } from './last-delivery-status.js';
import { RecentDeliveries } from './recent-deliveries.js';
import { testResultText } from './test-result-text.js';

interface ChannelCardProps {
  readonly channel: ChannelView;
  readonly timeZone: string;
  readonly onEnabledChange: (enabled: boolean) => Promise<unknown>;
  readonly onTest: () => Promise<DeliveryView>;
  readonly onDelete: () => Promise<unknown>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One channel: its settings (secrets redacted), an on/off switch, the last delivery, a test send, delete, recent deliveries. */
export function ChannelCard({ channel, timeZone, onEnabledChange, onTest, onDelete }: ChannelCardProps) {
  const [busy, setBusy] = useState<'toggle' | 'test' | 'delete' | null>(null);
  const [tested, setTested] = useState<DeliveryView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [open, setOpen] = useState(false);
  const kind = CHANNEL_KINDS.find((option) => option.kind === channel.kind)?.label ?? channel.kind;
  const deliveriesId = `channel-deliveries-${channel.id}`;

  async function run<T>(what: 'toggle' | 'test' | 'delete', action: () => Promise<T>): Promise<T | undefined> {
    setBusy(what);
    setFailure(null);
    try {
      return await action();
    } catch (error) {
      setFailure(messageOf(error));
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  async function test(): Promise<void> {
    setTested(null);
    const delivery = await run('test', onTest);
    if (delivery !== undefined) setTested(delivery);
  }

  return (
    <Card variant="outlined" component="article" aria-label={`Channel ${channel.name}`} data-channel-id={channel.id}>
      <CardContent sx={{ '&:last-child': { pb: 1.5 } }}>
        <Stack spacing={1}>
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="subtitle1" component="h3" sx={{ flexGrow: 1, overflowWrap: 'anywhere' }}>
              {channel.name}
            </Typography>
            <Chip size="small" label={kind} variant="outlined" />
            <FormControlLabel
              label="Enabled"
              sx={{ mr: 0 }}
              control={
                <Switch
                  checked={channel.enabled}
                  disabled={busy === 'toggle'}
                  onChange={(event) => void run('toggle', () => onEnabledChange(event.target.checked))}
                  slotProps={{ input: { 'aria-label': `${channel.name} enabled` } }}
                />
              }
            />
          </Stack>
          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.25, m: 0 }}>
            {configEntries(channel.config).map(([label, value]) => (
              <Box key={label} sx={{ display: 'contents' }}>
                <Typography component="dt" variant="body2" color="text.secondary">
                  {label}
                </Typography>
                <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere', fontFamily: 'monospace' }}>
                  {value}
                </Typography>
              </Box>
            ))}
          </Box>
          <LastDeliveryStatus lastDelivery={channel.lastDelivery} timeZone={timeZone} />
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            <Button size="small" variant="outlined" disabled={busy === 'test'} onClick={() => void test()} aria-label={`Send test to ${channel.name}`}>
              {busy === 'test' ? 'Sending…' : 'Send test'}
            </Button>
            <Button size="small" aria-expanded={open} aria-controls={deliveriesId} onClick={() => setOpen((current) => !current)} aria-label={`Recent deliveries of ${channel.name}`}>
              Recent deliveries
            </Button>
            <Box sx={{ flexGrow: 1 }} />
            {confirming ? (
              <>
                <Button size="small" color="error" variant="contained" disabled={busy === 'delete'} onClick={() => void run('delete', onDelete)} aria-label={`Confirm deleting ${channel.name}`}>
                  Delete now
                </Button>
                <Button size="small" onClick={() => setConfirming(false)} aria-label={`Keep ${channel.name}`}>
                  Keep
                </Button>
              </>
            ) : (
              <Button size="small" color="error" onClick={() => setConfirming(true)} aria-label={`Delete ${channel.name}`}>
                Delete
              </Button>
            )}
          </Stack>
          {tested !== null && (
            <Alert severity={tested.status === 'delivered' ? 'success' : tested.status === 'pending' ? 'info' : 'error'} role="status" onClose={() => setTested(null)}>
              {testResultText(tested)}
            </Alert>
          )}
          {failure !== null && (
            <Alert severity="error" role="alert" onClose={() => setFailure(null)}>
              {failure}
            </Alert>
          )}
          <Collapse in={open} id={deliveriesId} unmountOnExit>
            <RecentDeliveries channelId={channel.id} channelName={channel.name} />
          </Collapse>
        </Stack>
      </CardContent>
    </Card>
  );
}
