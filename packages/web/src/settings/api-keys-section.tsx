import { Alert, Stack, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../api/api-client.js';
import type { ApiError } from '../api/api-error.js';
import type { AccountRole } from '../auth/session.js';
import { ApiKeyCreator } from './api-key-creator.js';
import type { ApiKeyView } from './api-key-view.js';
import { ApiKeysTable } from './api-keys-table.js';
import type { CreatedApiKey } from './created-api-key.js';
import type { NewApiKey } from './new-api-key.js';
import { usePreferences } from './preferences-store.js';
import { SettingsSection } from './settings-section.js';

const KEYS = ['auth', 'api-keys'] as const;

/** The caller's API keys: create (shown once), list, revoke. Traders and admins only. */
export function ApiKeysSection({ role }: { readonly role: AccountRole }) {
  const client = useQueryClient();
  const timeZone = usePreferences((state) => state.timeZone);
  const keys = useQuery({ queryKey: KEYS, queryFn: () => apiRequest<ApiKeyView[]>('GET', '/auth/api-keys') });
  const revoke = useMutation<undefined, ApiError, ApiKeyView>({
    mutationFn: (key) => apiRequest<undefined>('DELETE', `/auth/api-keys/${key.id}`),
    onSettled: () => client.invalidateQueries({ queryKey: KEYS }),
  });

  async function create(input: NewApiKey): Promise<CreatedApiKey> {
    const created = await apiRequest<CreatedApiKey>('POST', '/auth/api-keys', input);
    await client.invalidateQueries({ queryKey: KEYS });
    return created;
  }

  return (
    <SettingsSection title="API keys" description="For programs that call the API. A key acts with at most its role and never more than yours.">
      <Stack spacing={2}>
        <ApiKeyCreator maxRole={role} onCreate={create} />
        {keys.isPending && <Typography color="text.secondary">Loading API keys…</Typography>}
        {keys.isError && (
          <Alert severity="error" role="alert">
            {keys.error.message}
          </Alert>
        )}
        {revoke.isError && (
          <Alert severity="error" role="alert">
            {revoke.error.message}
          </Alert>
        )}
        {keys.isSuccess && <ApiKeysTable keys={keys.data} timeZone={timeZone} onRevoke={(key) => revoke.mutate(key)} revokingId={revoke.isPending ? (revoke.variables?.id ?? null) : null} />}
      </Stack>
    </SettingsSection>
  );
}
