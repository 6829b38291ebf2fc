import { Alert, Button, Stack, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { apiRequest } from '../api/api-client.js';
import { useSessionStore } from '../auth/session-store.js';
import { SettingsSection } from './settings-section.js';

/** Change the password; the server ends every session of the account, so this one signs out too. */
export function PasswordSection() {
  const signOut = useSessionStore((state) => state.signOut);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const change = useMutation({
    mutationFn: () => apiRequest<undefined>('POST', '/auth/password', { currentPassword, newPassword }),
    onSuccess: () => signOut(),
  });
  const mismatch = repeated !== '' && repeated !== newPassword;

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (currentPassword === '' || newPassword === '' || mismatch) return;
    change.mutate();
  }

  return (
    <SettingsSection title="Password" description="Every session of your account ends when it changes: you sign in again with the new one.">
      <Stack component="form" onSubmit={submit} spacing={1.5} sx={{ maxWidth: 360 }} aria-label="Change password">
        <TextField size="small" type="password" label="Current password" autoComplete="current-password" value={currentPassword} onChange={(event) => setCurrentPassword(event.target.value)} required />
        <TextField size="small" type="password" label="New password" autoComplete="new-password" value={newPassword} onChange={(event) => setNewPassword(event.target.value)} required />
        <TextField
          size="small"
          type="password"
          label="Repeat new password"
          autoComplete="new-password"
          value={repeated}
          onChange={(event) => setRepeated(event.target.value)}
          error={mismatch}
          helperText={mismatch ? 'does not match the new password' : ' '}
          required
        />
        {change.isError && (
          <Alert severity="error" role="alert">
            {change.error.message}
          </Alert>
        )}
        <Button type="submit" variant="contained" disabled={change.isPending || mismatch} sx={{ alignSelf: 'flex-start' }}>
          Change password and sign out
        </Button>
      </Stack>
    </SettingsSection>
  );
}
