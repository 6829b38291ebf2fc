import { Alert, Box, Button, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import type { AccountRole } from '../auth/session.js';

/** The body of `POST /admin/users`. */
interface NewAccount {
  readonly email: string;
  readonly password: string;
  readonly name?: string;
  readonly role: AccountRole;
}

/** Create an account with a first password and a role (tell the person the password through another channel). */
export function CreateAccountForm({ onCreate }: { readonly onCreate: (account: NewAccount) => Promise<unknown> }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<AccountRole>('viewer');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await onCreate({ email: email.trim(), password, role, ...(name.trim() === '' ? {} : { name: name.trim() }) });
      setEmail('');
      setName('');
      setPassword('');
      setRole('viewer');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setPending(false);
    }
  }

  return (
    <Box component="form" onSubmit={(event: FormEvent) => void submit(event)} aria-label="Create an account">
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: { md: 'flex-start' } }}>
        <TextField size="small" type="email" label="New account e-mail" value={email} onChange={(event) => setEmail(event.target.value)} required autoComplete="off" />
        <TextField size="small" label="Name (optional)" value={name} onChange={(event) => setName(event.target.value)} slotProps={{ htmlInput: { maxLength: 100 } }} autoComplete="off" />
        <TextField size="small" type="password" label="First password" value={password} onChange={(event) => setPassword(event.target.value)} required autoComplete="new-password" />
        <TextField size="small" select label="New account role" value={role} onChange={(event) => setRole(event.target.value as AccountRole)} slotProps={{ select: { native: true } }} sx={{ minWidth: 170 }}>
          <option value="viewer">viewer</option>
          <option value="trader">trader</option>
          <option value="admin">admin</option>
        </TextField>
        <Button type="submit" variant="contained" disabled={pending}>
          Create account
        </Button>
      </Stack>
      {error !== null && (
        <Alert severity="error" role="alert" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
    </Box>
  );
}
