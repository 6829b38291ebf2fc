import { Alert, Box, Button, Checkbox, FormControlLabel, MenuItem, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-error.js';
import type { BacktestBody } from './backtest-body.js';
import type { BacktestFields } from './backtest-fields.js';
import { backtestRequestOf } from './backtest-request-of.js';
import { serverProblemsOf } from './server-problems-of.js';

const BUILT_IN = [
  { value: 'sma-cross', label: 'SMA cross' },
  { value: 'buy-and-hold', label: 'Buy and hold' },
  { value: 'consensus', label: 'Consensus (full pipeline)' },
];
const TIMEFRAMES = ['1d', '4h', '1h', '1w'];

function initialFields(today: Date): BacktestFields {
  const yearAgo = new Date(today.getTime() - 365 * 86_400_000);
  return {
    strategy: 'sma-cross',
    symbols: '',
    timeframe: '1d',
    from: yearAgo.toISOString().slice(0, 10),
    to: today.toISOString().slice(0, 10),
    cash: '10000',
    commissionPercent: '0.1',
    slippagePercent: '0',
    finalizeTrades: true,
  };
}

/** What {@link BacktestForm} needs: agents to offer as strategies, and what the last submit answered. */
export interface BacktestFormProps {
  readonly agents: readonly { readonly id: string; readonly name: string }[];
  readonly submitting: boolean;
  /** The failed submit's error: its field problems go next to the fields. */
  readonly error: Error | null;
  readonly onSubmit: (body: BacktestBody) => void;
  /** "Today", for the default range. */
  readonly today?: Date;
}

/** The backtest request form: checks what it can before sending, and shows the server's field problems too. */
export function BacktestForm({ agents, submitting, error, onSubmit, today }: BacktestFormProps) {
  const [fields, setFields] = useState<BacktestFields>(() => initialFields(today ?? new Date()));
  const [problems, setProblems] = useState<Partial<Record<keyof BacktestFields, string>>>({});
  // Fields changed since the last submit: the server's problem with their old value no longer applies.
  const [edited, setEdited] = useState<ReadonlySet<keyof BacktestFields>>(new Set());
  const server = error instanceof ApiError ? serverProblemsOf(error.problems) : { fields: {}, other: [] };
  const shown: Partial<Record<keyof BacktestFields, string>> = { ...problems };
  for (const [name, message] of Object.entries(server.fields) as [keyof BacktestFields, string][]) if (!edited.has(name)) shown[name] ??= message;

  function set<K extends keyof BacktestFields>(name: K, value: BacktestFields[K]): void {
    setFields((now) => ({ ...now, [name]: value }));
    setProblems((now) => ({ ...now, [name]: undefined }));
    setEdited((now) => new Set(now).add(name));
  }

  function submit(event: FormEvent): void {
    event.preventDefault();
    const check = backtestRequestOf(fields);
    if (check.problems !== undefined) {
      setProblems(check.problems);
      return;
    }
    setProblems({});
    setEdited(new Set());
    onSubmit(check.body);
  }

  const text = (name: Exclude<keyof BacktestFields, 'finalizeTrades'>, label: string, extra: { type?: string; select?: boolean; placeholder?: string } = {}) => ({
    label,
    value: fields[name],
    onChange: (event: { target: { value: string } }) => set(name, event.target.value),
    error: shown[name] !== undefined,
    helperText: shown[name],
    size: 'small' as const,
    slotProps: { inputLabel: { shrink: true } },
    ...extra,
  });

  return (
    <Box component="form" aria-label="Run a backtest" noValidate onSubmit={submit} sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))', md: 'repeat(4, minmax(0, 1fr))' }, alignItems: 'start' }}>
      <TextField {...text('strategy', 'Strategy')} select>
        {BUILT_IN.map((strategy) => (
          <MenuItem key={strategy.value} value={strategy.value}>
            {strategy.label}
          </MenuItem>
        ))}
        {agents.map((agent) => (
          <MenuItem key={agent.id} value={`agent:${agent.id}`}>
            Agent: {agent.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField {...text('symbols', 'Symbols')} placeholder="AAPL, MSFT" />
      <TextField {...text('timeframe', 'Timeframe')} select>
        {TIMEFRAMES.map((timeframe) => (
          <MenuItem key={timeframe} value={timeframe}>
            {timeframe}
          </MenuItem>
        ))}
      </TextField>
      <TextField {...text('cash', 'Starting cash')} type="number" />
      <TextField {...text('from', 'From')} type="date" />
      <TextField {...text('to', 'To (exclusive)')} type="date" />
      <TextField {...text('commissionPercent', 'Commission (%)')} type="number" />
      <TextField {...text('slippagePercent', 'Slippage (%)')} type="number" />
      <FormControlLabel control={<Checkbox checked={fields.finalizeTrades} onChange={(event) => set('finalizeTrades', event.target.checked)} />} label="Close open trades at the end" />
      <Box sx={{ gridColumn: { md: 'span 3' }, display: 'flex', justifyContent: 'flex-end' }}>
        <Button type="submit" variant="contained" disabled={submitting}>
          {submitting ? 'Submitting…' : 'Run backtest'}
        </Button>
      </Box>
      {error !== null && (
        <Alert severity="error" role="alert" sx={{ gridColumn: '1 / -1' }}>
          {error.message}
          {server.other.map((line) => (
            <div key={line}>{line}</div>
          ))}
        </Alert>
      )}
    </Box>
  );
}
