import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { apiRequest } from '../../api/api-client.js';
import { ApiError } from '../../api/api-error.js';
import { CHANNELS_QUERY_KEYS } from '../channels/channels-query-keys.js';
import { formatDateTime } from '../format-date-time.js';
import { usePreferences } from '../preferences-store.js';
import { CopyableText } from './copyable-text.js';
import { countdownText } from './countdown-text.js';
import { INTEGRATIONS_QUERY_KEYS as KEYS } from './integrations-query-keys.js';
import type { TelegramLinkCode } from './telegram-link-code.js';
import type { TelegramLinkStatus } from './telegram-link-status.js';
import { useNow } from './use-now.js';

/** How often the link status is asked for while a code waits to be sent to the bot. */
const POLL_MS = 3000;

/** The server's "no bot configured" refusal (503), if that is what `error` is. */
function unconfigured(error: Error | null): ApiError | null {
  return error instanceof ApiError && error.status === 503 ? error : null;
}

/**
 * Links the account to a Telegram chat: a one-time code to send the server's bot (with a countdown to its expiry),
 * the link status asked for until the bot saw it, then who is linked and Unlink. Alerts reach a linked chat through
 * the Telegram channel the server makes for it.
 */
export function TelegramLink({ pollMs = POLL_MS }: { readonly pollMs?: number }) {
  const client = useQueryClient();
  const timeZone = usePreferences((state) => state.timeZone);
  const [code, setCode] = useState<TelegramLinkCode | null>(null);
  const now = useNow(code !== null);
  const left = code === null ? null : countdownText(code.expiresAt, now);
  const status = useQuery({
    queryKey: KEYS.telegramLink,
    queryFn: () => apiRequest<TelegramLinkStatus>('GET', '/telegram/link'),
    refetchInterval: code !== null && left !== null ? pollMs : false,
  });
  const linkCode = useMutation<TelegramLinkCode, Error>({ mutationFn: () => apiRequest<TelegramLinkCode>('POST', '/telegram/link-code'), onSuccess: setCode });
  const unlink = useMutation<undefined, Error>({
    mutationFn: () => apiRequest<undefined>('DELETE', '/telegram/link'),
    // Unlinking disables the chat's notification channel too.
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: KEYS.telegramLink }), client.invalidateQueries({ queryKey: CHANNELS_QUERY_KEYS.all })]),
  });
  const linked = status.data?.linked === true;
  useEffect(() => {
    if (!linked || code === null) return;
    // The bot took the code: it is spent, and the server made a Telegram channel for the chat.
    setCode(null);
    void client.invalidateQueries({ queryKey: CHANNELS_QUERY_KEYS.all });
  }, [linked, code, client]);
  const notConfigured = unconfigured(status.error) ?? unconfigured(linkCode.error);

  if (notConfigured !== null)
    return (
      <Alert severity="info" role="status">
        Telegram is not set up on this server: an admin has to give it a bot token (TELEGRAM_BOT_TOKEN). The server says: {notConfigured.message}
      </Alert>
    );
  if (status.isPending) return <Typography color="text.secondary">Loading the Telegram link…</Typography>;
  if (status.isError)
    return (
      <Alert severity="error" role="alert">
        {status.error.message}
      </Alert>
    );
  if (status.data.linked) {
    const who = status.data.username != null ? `@${status.data.username}` : `chat ${status.data.chatId ?? '?'}`;
    return (
      <Stack spacing={1}>
        <Typography variant="body2">
          Linked to <strong>{who}</strong>
          {status.data.linkedAt !== undefined && ` since ${formatDateTime(status.data.linkedAt, timeZone)}`}. Alerts sent to Telegram reach this chat; the bot also answers /signal, /latest, /watchlist and /portfolio there.
        </Typography>
        <Box>
          <Button variant="outlined" color="error" disabled={unlink.isPending} onClick={() => unlink.mutate()}>
            {unlink.isPending ? 'Unlinking…' : 'Unlink Telegram'}
          </Button>
        </Box>
        {unlink.isError && (
          <Alert severity="error" role="alert">
            {unlink.error.message}
          </Alert>
        )}
      </Stack>
    );
  }
  const bot = code?.botUsername ?? null;
  return (
    <Stack spacing={1}>
      {code !== null && left !== null ? (
        <Stack spacing={1} role="region" aria-label="Telegram link code">
          <Typography variant="body2">
            In Telegram, send this to {bot === null ? 'the server’s bot' : <strong>@{bot}</strong>}:
          </Typography>
          <CopyableText label="Command" value={code.command} />
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            {bot !== null && (
              <Button size="small" variant="outlined" href={`https://t.me/${encodeURIComponent(bot)}?start=${encodeURIComponent(code.code)}`} target="_blank" rel="noopener noreferrer">
                Open @{bot}
              </Button>
            )}
            <Typography variant="caption" color="text.secondary" role="timer">
              Expires in {left} · waiting for Telegram…
            </Typography>
          </Stack>
        </Stack>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {code === null ? 'Not linked. Link a chat to get your alerts in Telegram and ask the bot for signals.' : 'The code expired before the bot saw it: get a new one.'}
        </Typography>
      )}
      <Box>
        <Button variant={code === null || left === null ? 'contained' : 'text'} disabled={linkCode.isPending} onClick={() => linkCode.mutate()}>
          {linkCode.isPending ? 'Getting a code…' : code === null ? 'Link Telegram' : 'Get a new code'}
        </Button>
      </Box>
      {linkCode.isError && (
        <Alert severity="error" role="alert">
          {linkCode.error.message}
        </Alert>
      )}
    </Stack>
  );
}
