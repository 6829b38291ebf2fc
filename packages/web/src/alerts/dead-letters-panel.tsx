import { Alert, Stack, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../api/api-client.js';
import { usePreferences } from '../settings/preferences-store.js';
import { SettingsSection } from '../settings/settings-section.js';
import { ALERTS_QUERY_KEYS as KEYS } from './alerts-query-keys.js';
import { deadLetterChannel, DeadLetterRow } from './dead-letter-row.js';
import type { DeadLetterView } from './dead-letter-view.js';
import { retryResultText, type RetryAnswer } from './retry-result-text.js';

const SHOWN = 100;

/** Deliveries of the caller's channels that spent every retry, newest first, each with a Retry. */
export function DeadLettersPanel() {
  const client = useQueryClient();
  const timeZone = usePreferences((state) => state.timeZone);
  const dead = useQuery({ queryKey: KEYS.deadLetters, queryFn: () => apiRequest<{ deliveries: DeadLetterView[] }>('GET', `/deliveries?status=dead&limit=${SHOWN}`) });
  const retry = useMutation<RetryAnswer | undefined, Error, DeadLetterView>({
    mutationFn: (delivery) => apiRequest<RetryAnswer | undefined>('POST', `/deliveries/${encodeURIComponent(delivery.id)}/retry`),
    // The retried delivery leaves the list (or comes back dead) and its trigger's deliveries change: refresh both.
    onSettled: () => client.invalidateQueries({ queryKey: KEYS.all }),
  });
  // Shown above the list: the retried row may leave it before its outcome could be read there.
  const outcome = retry.variables === undefined ? null : `${retry.variables.subject} to ${deadLetterChannel(retry.variables)}: `;
  const failedAgain = retry.isSuccess && retryResultText(retry.data).startsWith('Failed');

  return (
    <SettingsSection title="Dead letters" description="Deliveries that failed on every retry. Fix the channel (Settings → Notification channels), then retry.">
      <Stack spacing={1}>
        {dead.isPending && <Typography color="text.secondary">Loading dead letters…</Typography>}
        {dead.isError && (
          <Alert severity="error" role="alert">
            {dead.error.message}
          </Alert>
        )}
        {retry.isSuccess && (
          <Alert severity={failedAgain ? 'error' : 'success'} role="status" onClose={() => retry.reset()}>
            {outcome}
            {retryResultText(retry.data)}
          </Alert>
        )}
        {retry.isError && (
          <Alert severity="error" role="alert" onClose={() => retry.reset()}>
            {outcome}
            {retry.error.message}
          </Alert>
        )}
        {dead.isSuccess && dead.data.deliveries.length === 0 && <Typography color="text.secondary">No dead letters: every delivery went through or is still being retried.</Typography>}
        {dead.isSuccess && dead.data.deliveries.length > 0 && (
          <Stack component="ul" aria-label="Dead letters" sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {dead.data.deliveries.map((delivery) => (
              <DeadLetterRow key={delivery.id} delivery={delivery} timeZone={timeZone} retrying={retry.isPending && retry.variables.id === delivery.id} onRetry={() => retry.mutate(delivery)} />
            ))}
          </Stack>
        )}
      </Stack>
    </SettingsSection>
  );
}
