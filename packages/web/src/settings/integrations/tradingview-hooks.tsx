import { Alert, Box, Button, Collapse, Divider, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { apiRequest } from '../../api/api-client.js';
import { formatDateTime } from '../format-date-time.js';
import { usePreferences } from '../preferences-store.js';
import { CopyableText } from './copyable-text.js';
import { INTEGRATIONS_QUERY_KEYS as KEYS } from './integrations-query-keys.js';
import { TradingViewHookNotice } from './tradingview-hook-notice.js';
import type { CreatedTradingViewHook, TradingViewHookView } from './tradingview-hook-view.js';

const MAX_NAME = 100;

function HookRow({ hook, timeZone, onDelete }: { readonly hook: TradingViewHookView; readonly timeZone: string; readonly onDelete: () => Promise<unknown> }) {
  const [confirming, setConfirming] = useState(false);
  const [showMessage, setShowMessage] = useState(false);
  const remove = useMutation<unknown, Error>({ mutationFn: onDelete });
  return (
    <Box component="li" data-hook-id={hook.id} sx={{ py: 0.75, borderBottom: 1, borderColor: 'divider' }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ flexGrow: 1, overflowWrap: 'anywhere' }}>
          {hook.name}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          added {formatDateTime(hook.createdAt, timeZone)} · {hook.lastReceivedAt === null ? 'no alert received yet' : `last alert ${formatDateTime(hook.lastReceivedAt, timeZone)}`}
        </Typography>
        <Button size="small" aria-expanded={showMessage} onClick={() => setShowMessage((current) => !current)} aria-label={`Show the alert message of ${hook.name}`}>
          Message
        </Button>
        {confirming ? (
          <>
            <Button size="small" color="error" variant="contained" disabled={remove.isPending} onClick={() => remove.mutate()} aria-label={`Confirm deleting ${hook.name}`}>
              Delete now
            </Button>
            <Button size="small" onClick={() => setConfirming(false)} aria-label={`Keep ${hook.name}`}>
              Keep
            </Button>
          </>
        ) : (
          <Button size="small" color="error" onClick={() => setConfirming(true)} aria-label={`Delete ${hook.name}`}>
            Delete
          </Button>
        )}
      </Stack>
      <Collapse in={showMessage} unmountOnExit>
        <Box sx={{ pt: 1 }}>
          <CopyableText label={`Alert message of ${hook.name}`} value={hook.messageTemplate} multiline />
        </Box>
      </Collapse>
      {remove.isError && (
        <Alert severity="error" role="alert">
          {remove.error.message}
        </Alert>
      )}
    </Box>
  );
}

/** The caller's TradingView webhooks: their alerts become votes in the consensus. Add (URL and message shown once), delete. */
export function TradingViewHooks() {
  const client = useQueryClient();
  const timeZone = usePreferences((state) => state.timeZone);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const hooks = useQuery({ queryKey: KEYS.tradingViewHooks, queryFn: () => apiRequest<{ items: TradingViewHookView[] }>('GET', '/tradingview/hooks') });
  const changed = () => client.invalidateQueries({ queryKey: KEYS.tradingViewHooks });
  const create = useMutation<CreatedTradingViewHook, Error, string>({
    mutationFn: (hookName) => apiRequest<CreatedTradingViewHook>('POST', '/tradingview/hooks', { name: hookName }),
    onSuccess: async () => {
      setName('');
      await changed();
    },
  });

  function submit(event: FormEvent): void {
    event.preventDefault();
    const trimmed = name.trim();
    const found = trimmed === '' ? 'required' : trimmed.length > MAX_NAME ? `at most ${MAX_NAME} characters` : null;
    setProblem(found);
    if (found === null) create.mutate(trimmed);
  }

  async function remove(hook: TradingViewHookView): Promise<void> {
    await apiRequest<undefined>('DELETE', `/tradingview/hooks/${encodeURIComponent(hook.id)}`);
    await changed();
  }

  const list = hooks.data?.items ?? [];
  return (
    <Stack spacing={1.5}>
      {hooks.isPending && <Typography color="text.secondary">Loading hooks…</Typography>}
      {hooks.isError && (
        <Alert severity="error" role="alert">
          {hooks.error.message}
        </Alert>
      )}
      {hooks.isSuccess && list.length === 0 && <Typography color="text.secondary">No hooks yet: add one, then paste its URL and message into a TradingView alert.</Typography>}
      {list.length > 0 && (
        <Stack component="ul" aria-label="TradingView hooks" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {list.map((hook) => (
            <HookRow key={hook.id} hook={hook} timeZone={timeZone} onDelete={() => remove(hook)} />
          ))}
        </Stack>
      )}
      <Divider />
      {create.isSuccess ? (
        <TradingViewHookNotice hook={create.data} onDone={() => create.reset()} />
      ) : (
        <Stack component="form" noValidate onSubmit={submit} direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }} aria-label="Add a TradingView hook">
          <TextField
            size="small"
            label="Hook name"
            placeholder="My strategy"
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              setProblem(null);
            }}
            error={problem !== null}
            helperText={problem ?? 'Shown in the vote’s reasoning, e.g. “TradingView alert ‘My strategy’ said BUY”'}
            slotProps={{ htmlInput: { maxLength: MAX_NAME } }}
            sx={{ flexGrow: 1 }}
          />
          <Button type="submit" variant="contained" disabled={create.isPending} sx={{ whiteSpace: 'nowrap' }}>
            {create.isPending ? 'Adding…' : 'Add hook'}
          </Button>
        </Stack>
      )}
      {create.isError && (
        <Alert severity="error" role="alert">
          {create.error.message}
        </Alert>
      )}
    </Stack>
  );
}
