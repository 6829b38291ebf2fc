import { TIMEFRAMES, type Timeframe } from '@goldensignals/engine';
import { Alert, Box, Button, MenuItem, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-error.js';
import type { ScanBody } from './scan-body.js';
import type { ScanFields } from './scan-fields.js';
import { scanRequestOf } from './scan-request-of.js';

const SYMBOLS_HINT = 'Empty: the symbols of your watchlists';

/** What {@link ScanForm} needs: whether a submit is under way, what the last one answered, and where to send the body. */
export interface ScanFormProps {
  readonly submitting: boolean;
  /** The failed submit's error: its message in an alert, its field problems at their fields. */
  readonly error: Error | null;
  readonly onSubmit: (body: ScanBody) => void;
}

// The select only offers TIMEFRAMES; the lookup keeps the type honest without a cast.
function timeframeOf(value: string): Timeframe {
  return TIMEFRAMES.find((timeframe) => timeframe === value) ?? '1d';
}

/** The server's problem with one field (`body.symbols`, `body.symbols[2]`), if it named that field. */
function serverProblem(error: Error | null, field: keyof ScanFields): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const messages = error.problems.filter((problem) => problem.field === `body.${field}` || problem.field.startsWith(`body.${field}[`)).map((problem) => problem.message);
  return messages.length === 0 ? undefined : messages.join('; ');
}

/** "Scan now": a timeframe and an optional list of symbols (else the watchlists'), checked before sending. */
export function ScanForm({ submitting, error, onSubmit }: ScanFormProps) {
  const [fields, setFields] = useState<ScanFields>({ symbols: '', timeframe: '1d' });
  const [problem, setProblem] = useState<string | undefined>(undefined);
  // The server's problems are about the values last sent: once a field changes they no longer apply.
  const [edited, setEdited] = useState<ReadonlySet<keyof ScanFields>>(new Set());
  const symbolsProblem = problem ?? (edited.has('symbols') ? undefined : serverProblem(error, 'symbols'));
  const timeframeProblem = edited.has('timeframe') ? undefined : serverProblem(error, 'timeframe');

  function set<K extends keyof ScanFields>(name: K, value: ScanFields[K]): void {
    setFields((now) => ({ ...now, [name]: value }));
    if (name === 'symbols') setProblem(undefined);
    setEdited((now) => new Set(now).add(name));
  }

  function submit(event: FormEvent): void {
    event.preventDefault();
    const request = scanRequestOf(fields);
    setProblem(request.problem);
    if (request.body === undefined) return;
    setEdited(new Set());
    onSubmit(request.body);
  }

  return (
    <Box component="form" aria-label="Run a scan" noValidate onSubmit={submit} sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'minmax(0, 1fr) 120px auto' }, alignItems: 'start' }}>
      <TextField
        size="small"
        label="Symbols"
        placeholder="AAPL, MSFT, BTC-USD"
        value={fields.symbols}
        onChange={(event) => set('symbols', event.target.value)}
        error={symbolsProblem !== undefined}
        helperText={symbolsProblem ?? SYMBOLS_HINT}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { autoCapitalize: 'characters', spellCheck: false } }}
      />
      <TextField
        size="small"
        select
        label="Timeframe"
        value={fields.timeframe}
        onChange={(event) => set('timeframe', timeframeOf(event.target.value))}
        error={timeframeProblem !== undefined}
        helperText={timeframeProblem}
      >
        {TIMEFRAMES.map((timeframe) => (
          <MenuItem key={timeframe} value={timeframe}>
            {timeframe}
          </MenuItem>
        ))}
      </TextField>
      <Button type="submit" variant="contained" disabled={submitting} sx={{ whiteSpace: 'nowrap' }}>
        {submitting ? 'Submitting…' : 'Run scan'}
      </Button>
      {error !== null && (
        <Alert severity="error" role="alert" sx={{ gridColumn: '1 / -1' }}>
          {error.message}
        </Alert>
      )}
    </Box>
  );
}
