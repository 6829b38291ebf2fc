import { TIMEFRAMES, type Timeframe } from '@goldensignals/engine';
import { Alert, Button, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useId, useState, type FormEvent } from 'react';
import { parseSymbols } from './parse-symbols.js';
import type { WatchlistFields } from './watchlist-fields.js';
import type { WatchlistView } from './watchlist-view.js';

const MAX_SYMBOLS = 200;

interface WatchlistFormProps {
  /** The list being edited; none for a new one. */
  readonly initial?: WatchlistView;
  readonly onSubmit: (fields: WatchlistFields) => Promise<unknown>;
  readonly onCancel?: () => void;
}

/** Name, symbols (free text) and the timeframes the scheduler signals them on; for a new list or an edit. */
export function WatchlistForm({ initial, onSubmit, onCancel }: WatchlistFormProps) {
  const timeframesLabel = useId();
  const [name, setName] = useState(initial?.name ?? '');
  const [symbolsText, setSymbolsText] = useState(initial?.symbols.join(', ') ?? '');
  const [timeframes, setTimeframes] = useState<Timeframe[]>([...(initial?.timeframes ?? ['1d'])]);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const symbols = parseSymbols(symbolsText);
  const tooMany = symbols.length > MAX_SYMBOLS;
  const label = initial === undefined ? 'New watchlist' : `Edit watchlist ${initial.name}`;

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (name.trim() === '' || timeframes.length === 0 || tooMany) return;
    setPending(true);
    setError(null);
    try {
      // Keep the engine's order so lists read the same however they were clicked.
      await onSubmit({ name: name.trim(), symbols, timeframes: TIMEFRAMES.filter((timeframe) => timeframes.includes(timeframe)) });
      if (initial === undefined) {
        setName('');
        setSymbolsText('');
      }
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setPending(false);
    }
  }

  return (
    <Stack component="form" onSubmit={(event: FormEvent) => void submit(event)} spacing={1.5} aria-label={label}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
        <TextField size="small" label="List name" value={name} onChange={(event) => setName(event.target.value)} required slotProps={{ htmlInput: { maxLength: 100 } }} />
        <TextField
          size="small"
          label="Symbols"
          placeholder="AAPL, MSFT, BTC-USD"
          value={symbolsText}
          onChange={(event) => setSymbolsText(event.target.value)}
          error={tooMany}
          helperText={tooMany ? `at most ${MAX_SYMBOLS} symbols (${symbols.length} given)` : `${symbols.length} symbol${symbols.length === 1 ? '' : 's'}`}
          sx={{ flexGrow: 1 }}
        />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
        <Typography variant="body2" id={timeframesLabel}>
          Timeframes
        </Typography>
        <ToggleButtonGroup size="small" value={timeframes} onChange={(_event, value: Timeframe[]) => setTimeframes(value)} aria-labelledby={timeframesLabel} sx={{ flexWrap: 'wrap' }}>
          {TIMEFRAMES.map((timeframe) => (
            <ToggleButton key={timeframe} value={timeframe} aria-label={`${timeframe} timeframe`} sx={{ textTransform: 'none', px: 1.25 }}>
              {timeframe}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        {timeframes.length === 0 && (
          <Typography variant="caption" color="error">
            pick at least one
          </Typography>
        )}
      </Stack>
      {error !== null && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" disabled={pending || name.trim() === '' || timeframes.length === 0 || tooMany}>
          {initial === undefined ? 'Create watchlist' : 'Save'}
        </Button>
        {onCancel !== undefined && <Button onClick={onCancel}>Cancel</Button>}
      </Stack>
    </Stack>
  );
}
