import { Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { isChartTimeframe } from './is-chart-timeframe.js';
import { SymbolChart } from './symbol-chart.js';

// The API's symbol rule (letters, digits and .-=^/, up to 20): refused here rather than by a 400 after a round trip.
const SYMBOL = /^[A-Za-z0-9.\-=^/]{1,20}$/;

/** `/chart?symbol=AAPL&timeframe=1h`: a symbol field and the symbol's chart; the URL keeps the symbol for links and reloads. */
export function ChartPage() {
  const [params, setParams] = useSearchParams();
  const symbol = (params.get('symbol') ?? '').trim().toUpperCase();
  const timeframe = params.get('timeframe');
  const [draft, setDraft] = useState(symbol);
  const [invalid, setInvalid] = useState(false);
  // A symbol that arrives by navigation (a link, the symbol search) fills the field too.
  const [shown, setShown] = useState(symbol);
  if (shown !== symbol) {
    setShown(symbol);
    setDraft(symbol);
  }

  function submit(event: FormEvent): void {
    event.preventDefault();
    const name = draft.trim().toUpperCase();
    const valid = SYMBOL.test(name);
    setInvalid(!valid);
    if (valid) setParams({ symbol: name });
  }

  return (
    <Stack spacing={2}>
      <Stack component="form" onSubmit={submit} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }} aria-label="Open a chart">
        <TextField
          size="small"
          label="Symbol"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          error={invalid}
          helperText={invalid ? 'Letters, digits and . - = ^ /, up to 20 characters' : undefined}
          slotProps={{ htmlInput: { maxLength: 20, autoCapitalize: 'characters', spellCheck: false } }}
        />
        <Button type="submit" variant="contained">
          Show chart
        </Button>
      </Stack>
      <Paper sx={{ p: { xs: 1, sm: 2 } }}>
        {symbol === '' || !SYMBOL.test(symbol) ? (
          <Typography color="text.secondary">Enter a symbol (AAPL, BTC-USD, EURUSD=X) to see its chart, indicators and signals.</Typography>
        ) : (
          // Keyed by symbol: a new symbol starts with a fresh chart, live subscriptions and state.
          <SymbolChart key={symbol} symbol={symbol} initialTimeframe={isChartTimeframe(timeframe) ? timeframe : undefined} />
        )}
      </Paper>
    </Stack>
  );
}
