import { Alert, Box, Button, Stack, TextField } from '@mui/material';
import { useCheckedForm } from '../../forms/use-checked-form.js';
import { useState, type FormEvent } from 'react';
import type { ChannelFields } from './channel-fields.js';
import { CHANNEL_KINDS, type ChannelKind } from './channel-kinds.js';
import type { CreatedChannel } from './created-channel.js';
import { EMPTY_CHANNEL_FIELDS } from './empty-channel-fields.js';
import type { NewChannel } from './new-channel.js';
import { SignatureHelp } from './signature-help.js';
import { validateChannelFields } from './validate-channel-fields.js';
import { WebhookSecretNotice } from './webhook-secret-notice.js';

const FORM_FIELDS = ['name', 'url', 'botToken', 'chatId', 'webhookUrl', 'to'];


type ConfigField = 'url' | 'botToken' | 'chatId' | 'webhookUrl' | 'to';

interface FieldSpec {
  readonly field: ConfigField;
  readonly label: string;
  readonly hint: string;
  readonly placeholder?: string;
}

const FIELDS_OF: Readonly<Record<ChannelKind, readonly FieldSpec[]>> = {
  webhook: [{ field: 'url', label: 'Endpoint URL', placeholder: 'https://example.com/goldensignals', hint: 'GoldenSignals POSTs JSON here, signed with a secret shown once.' }],
  telegram: [
    { field: 'botToken', label: 'Bot token', placeholder: '123456789:AAF1…', hint: 'In Telegram, message @BotFather, send /newbot and copy the token it gives.' },
    {
      field: 'chatId',
      label: 'Chat id',
      placeholder: '-1001234567890 or @channelname',
      hint: 'Send your bot a message, then open api.telegram.org/bot<token>/getUpdates: the id is message.chat.id (negative for a group). For a public channel, @channelname with the bot as an admin.',
    },
  ],
  discord: [{ field: 'webhookUrl', label: 'Webhook URL', placeholder: 'https://discord.com/api/webhooks/…', hint: 'Discord: Server Settings → Integrations → Webhooks → New Webhook → Copy Webhook URL.' }],
  slack: [
    { field: 'webhookUrl', label: 'Webhook URL', placeholder: 'https://hooks.slack.com/services/…', hint: 'Slack: create an app at api.slack.com/apps, turn on Incoming Webhooks, add one to a channel and copy its URL.' },
  ],
  email: [{ field: 'to', label: 'E-mail address', placeholder: 'you@example.com', hint: 'One address; the server sends through its SMTP settings.' }],
};

/** "Add channel": kind, name and the kind's settings, checked here; a new webhook's signing secret is shown once. */
export function ChannelForm({ onCreate }: { readonly onCreate: (channel: NewChannel) => Promise<CreatedChannel> }) {
  const [added, setAdded] = useState<CreatedChannel | null>(null);
  const { fields, problems, failure, pending, change, submit } = useCheckedForm({
    initial: EMPTY_CHANNEL_FIELDS,
    check: (current: ChannelFields) => {
      const checked = validateChannelFields(current);
      return checked.problems !== undefined ? checked : { value: checked.channel };
    },
    send: onCreate,
    onSent: (created, setFields) => {
      setAdded(created);
      // The kind stays: several channels of one kind are often added in a row.
      setFields((current) => ({ ...EMPTY_CHANNEL_FIELDS, kind: current.kind }));
    },
    onEdit: () => setAdded(null),
    formFields: FORM_FIELDS,
    within: 'config',
  });

  if (added?.secret !== undefined) return <WebhookSecretNotice name={added.name} secret={added.secret} onDone={() => setAdded(null)} />;

  return (
    <Stack component="form" noValidate onSubmit={(event: FormEvent) => void submit(event)} spacing={1.5} aria-label="Add a notification channel">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
        <TextField
          size="small"
          select
          label="Kind"
          value={fields.kind}
          onChange={(event) => change('kind', event.target.value as ChannelKind)}
          slotProps={{ select: { native: true } }}
          sx={{ minWidth: 140 }}
        >
          {CHANNEL_KINDS.map(({ kind, label }) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </TextField>
        <TextField
          size="small"
          label="Channel name"
          placeholder="Desk alerts"
          value={fields.name}
          onChange={(event) => change('name', event.target.value)}
          error={problems.name !== undefined}
          helperText={problems.name}
          slotProps={{ htmlInput: { maxLength: 100 } }}
          sx={{ flexGrow: 1 }}
        />
      </Stack>
      {FIELDS_OF[fields.kind].map(({ field, label, hint, placeholder }) => (
        <TextField
          key={`${fields.kind}-${field}`}
          size="small"
          label={label}
          placeholder={placeholder}
          value={fields[field]}
          onChange={(event) => change(field, event.target.value)}
          error={problems[field] !== undefined}
          helperText={problems[field] ?? hint}
          slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'none', inputMode: field === 'to' ? 'email' : field === 'chatId' ? 'text' : 'url' } }}
        />
      ))}
      {fields.kind === 'webhook' && <SignatureHelp />}
      <Box>
        <Button type="submit" variant="contained" disabled={pending}>
          {pending ? 'Adding…' : 'Add channel'}
        </Button>
      </Box>
      {failure !== null && (
        <Alert severity="error" role="alert">
          {failure}
        </Alert>
      )}
      {added !== null && (
        <Alert severity="success" role="status">
          Channel “{added.name}” added. Send it a test to check it works.
        </Alert>
      )}
    </Stack>
  );
}
