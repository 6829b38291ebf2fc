import { Alert, Button, Stack, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { apiRequest } from '../api/api-client.js';
import type { ApiError } from '../api/api-error.js';
import type { SignalView } from './signal-view.js';

/** Generate the signal of a symbol's latest closed bar now (traders and admins). */
export function GenerateSignalForm() {
  const [symbol, setSymbol] = useState('');
  const generate = useMutation<SignalView, ApiError, string>({
    mutationFn: (name) => apiRequest<SignalView>('POST', `/signals/generate/${encodeURIComponent(name)}`),
  });

  function submit(event: FormEvent): void {
    event.preventDefault();
    const name = symbol.trim().toUpperCase();
    if (name !== '') generate.mutate(name);
  }

  return (
    <Stack component="form" onSubmit={submit} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }} aria-label="Generate a signal">
      <TextField size="small" label="Symbol" value={symbol} onChange={(event) => setSymbol(event.target.value)} slotProps={{ htmlInput: { maxLength: 20 } }} />
      <Button type="submit" variant="contained" disabled={generate.isPending}>
        Generate
      </Button>
      {generate.isError && (
        <Alert severity="error" role="alert">
          {generate.error.message}
        </Alert>
      )}
    </Stack>
  );
}
