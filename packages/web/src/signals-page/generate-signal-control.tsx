import { Alert, Button, FormControl, InputLabel, MenuItem, Select, Stack, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { apiRequest } from '../api/api-client.js';
import type { ApiError } from '../api/api-error.js';
import type { SignalView } from '../signals/signal-view.js';

const TIMEFRAMES = ['1m', '5m', '15m', '30m', '1h', '4h', '1d', '1w'] as const;
const SYMBOL = /^[A-Za-z0-9.\-=^/]{1,20}$/;

/** Generates the signal of a symbol's latest closed bar (traders and admins) and hands it to `onGenerated`. */
export function GenerateSignalControl({ onGenerated }: { readonly onGenerated: (signal: SignalView) => void }) {
  const [symbol, setSymbol] = useState('');
  const [timeframe, setTimeframe] = useState<string>('1d');
  const [invalid, setInvalid] = useState(false);
  const labelId = useId();
  const generate = useMutation<SignalView, ApiError, { symbol: string; timeframe: string }>({
    mutationFn: (request) => apiRequest<SignalView>('POST', `/signals/generate/${encodeURIComponent(request.symbol)}?timeframe=${request.timeframe}`),
    onSuccess: onGenerated,
  });

  function submit(event: FormEvent): void {
    event.preventDefault();
    const name = symbol.trim().toUpperCase();
    const valid = SYMBOL.test(name);
    setInvalid(!valid);
    if (valid) generate.mutate({ symbol: name, timeframe });
  }

  return (
    <Stack spacing={1}>
      <Stack component="form" onSubmit={submit} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }} aria-label="Generate a signal" noValidate>
        <TextField
          size="small"
          label="Symbol to signal"
          value={symbol}
          onChange={(event) => setSymbol(event.target.value)}
          error={invalid}
          helperText={invalid ? 'Letters, digits and . - = ^ /, up to 20' : undefined}
          sx={{ width: 150 }}
          slotProps={{ htmlInput: { maxLength: 20, autoCapitalize: 'characters', spellCheck: false } }}
        />
        <FormControl size="small" sx={{ minWidth: 90 }}>
          <InputLabel id={labelId}>Timeframe</InputLabel>
          <Select labelId={labelId} label="Timeframe" value={timeframe} onChange={(event) => setTimeframe(event.target.value)}>
            {TIMEFRAMES.map((item) => (
              <MenuItem key={item} value={item}>
                {item}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <Button type="submit" variant="contained" disabled={generate.isPending}>
          {generate.isPending ? 'Generating…' : 'Generate'}
        </Button>
      </Stack>
      {generate.isError && (
        <Alert severity="error" role="alert">
          {generate.error.message}
        </Alert>
      )}
    </Stack>
  );
}
