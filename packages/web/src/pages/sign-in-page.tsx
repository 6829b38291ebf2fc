import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-error.js';
import { authApi } from '../auth/auth-api.js';
import { useSessionStore } from '../auth/session-store.js';

/** First run (create the admin account) or sign in, whichever the server says applies. */
export function SignInPage() {
  const status = useQuery({ queryKey: ['auth-status'], queryFn: authApi.status });
  const signIn = useSessionStore((state) => state.signIn);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const firstRun = status.data?.needsFirstAccount === true;

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      signIn(firstRun ? await authApi.register({ email, password }) : await authApi.login({ email, password }));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'GS_ERR_UNEXPECTED', String(caught)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2 }}>
      <Paper component="form" onSubmit={submit} sx={{ p: 4, width: '100%', maxWidth: 420 }} aria-label={firstRun ? 'Create the admin account' : 'Sign in'}>
        <Stack spacing={2}>
          <Typography variant="h5" component="h1">
            GoldenSignals
          </Typography>
          {status.isError && <Alert severity="error">The server cannot be reached: {status.error.message}</Alert>}
          <Typography color="text.secondary">
            {firstRun ? 'No account exists yet. The first account is the administrator of this installation.' : 'Sign in to your account.'}
          </Typography>
          <TextField label="E-mail" type="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} />
          <TextField
            label="Password"
            type="password"
            autoComplete={firstRun ? 'new-password' : 'current-password'}
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            helperText={firstRun ? 'At least 10 characters; a passphrase is best.' : undefined}
          />
          {error !== null && (
            <Alert severity="error" role="alert">
              {error.message}
            </Alert>
          )}
          <Button type="submit" variant="contained" disabled={busy || status.isPending}>
            {firstRun ? 'Create admin account' : 'Sign in'}
          </Button>
        </Stack>
      </Paper>
    </Box>
  );
}
