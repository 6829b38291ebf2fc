import { Alert, Stack, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiRequest } from '../api/api-client.js';
import type { ApiError } from '../api/api-error.js';
import { useSessionStore } from '../auth/session-store.js';
import type { AccountRole } from '../auth/session.js';
import { usePreferences } from '../settings/preferences-store.js';
import { SettingsSection } from '../settings/settings-section.js';
import type { AccountView } from './account-view.js';
import { ADMIN_QUERY_KEYS } from './admin-query-keys.js';
import { CreateAccountForm } from './create-account-form.js';
import { ResetPasswordDialog } from './reset-password-dialog.js';
import { UsersTable } from './users-table.js';

interface AccountChange {
  readonly account: AccountView;
  readonly changes: { readonly role?: AccountRole; readonly disabled?: boolean };
}

/** Accounts and roles: create, change role, disable or enable, reset password. */
export function UsersSection() {
  const client = useQueryClient();
  const currentUserId = useSessionStore((state) => state.user?.id);
  const timeZone = usePreferences((state) => state.timeZone);
  const [resetting, setResetting] = useState<AccountView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const accounts = useQuery({ queryKey: ADMIN_QUERY_KEYS.users, queryFn: () => apiRequest<AccountView[]>('GET', '/admin/users') });
  const refresh = () => Promise.all([client.invalidateQueries({ queryKey: ADMIN_QUERY_KEYS.users }), client.invalidateQueries({ queryKey: ADMIN_QUERY_KEYS.auditLog })]);
  const change = useMutation<AccountView, ApiError, AccountChange>({
    mutationFn: ({ account, changes }) => apiRequest<AccountView>('PATCH', `/admin/users/${account.id}`, changes),
    onSuccess: (updated, { changes }) => setNotice(changes.role !== undefined ? `${updated.email} is now ${updated.role}` : `${updated.email} is ${updated.disabled ? 'disabled: their sessions ended' : 'enabled'}`),
    onSettled: refresh,
  });

  async function create(account: { email: string; password: string; name?: string; role: AccountRole }): Promise<void> {
    const created = await apiRequest<AccountView>('POST', '/admin/users', account);
    setNotice(`${created.email} created as ${created.role}`);
    await refresh();
  }

  async function reset(account: AccountView, password: string): Promise<void> {
    await apiRequest<undefined>('POST', `/admin/users/${account.id}/password`, { password });
    setNotice(`New password set for ${account.email}: their sessions ended`);
    await refresh();
  }

  return (
    <SettingsSection title="Users and roles" description="Viewers read; traders also trade paper portfolios, run backtests and make API keys; admins also run this page.">
      <Stack spacing={2}>
        <CreateAccountForm onCreate={create} />
        {notice !== null && (
          <Alert severity="success" role="status" onClose={() => setNotice(null)}>
            {notice}
          </Alert>
        )}
        {change.isError && (
          <Alert severity="error" role="alert">
            {change.error.message}
          </Alert>
        )}
        {accounts.isPending && <Typography color="text.secondary">Loading accounts…</Typography>}
        {accounts.isError && (
          <Alert severity="error" role="alert">
            {accounts.error.message}
          </Alert>
        )}
        {accounts.isSuccess && (
          <UsersTable
            accounts={accounts.data}
            currentUserId={currentUserId}
            timeZone={timeZone}
            pendingId={change.isPending ? (change.variables?.account.id ?? null) : null}
            onChangeRole={(account, role) => change.mutate({ account, changes: { role } })}
            onSetDisabled={(account, disabled) => change.mutate({ account, changes: { disabled } })}
            onResetPassword={setResetting}
          />
        )}
      </Stack>
      <ResetPasswordDialog account={resetting} onReset={reset} onClose={() => setResetting(null)} />
    </SettingsSection>
  );
}
