import { Alert, Box, Paper, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { apiRequest } from '../api/api-client.js';
import { roleAtLeast } from '../auth/role-at-least.js';
import { useSessionStore } from '../auth/session-store.js';
import { useLiveChannel } from '../live/use-live-channel.js';
import { MarketOverview } from '../market/market-overview.js';
import { WatchlistQuotes } from '../market/watchlist-quotes.js';
import { GenerateSignalForm } from '../signals/generate-signal-form.js';
import { mergeSignals } from '../signals/merge-signals.js';
import type { SignalView } from '../signals/signal-view.js';
import { SignalsTable } from '../signals/signals-table.js';

const SHOWN = 50;
// The chart library is large: it loads after the dashboard's first paint, not in the initial bundle.
const SymbolChart = lazy(async () => ({ default: (await import('../chart/symbol-chart.js')).SymbolChart }));

/** The trader's screen: the latest signal per symbol and the live feed, new signals arriving without reload. */
export function DashboardPage() {
  const role = useSessionStore((state) => state.user?.role);
  const canGenerate = roleAtLeast(role, 'trader');
  const latest = useQuery({ queryKey: ['signals', 'latest'], queryFn: () => apiRequest<{ items: SignalView[] }>('GET', `/signals/latest?limit=${SHOWN}`) });
  const [pushed, setPushed] = useState<SignalView[]>([]);
  useLiveChannel('signals', (message) => {
    if (message.type === 'signal') setPushed((current) => mergeSignals(current, [message.data as SignalView], SHOWN));
  });
  const signals = mergeSignals(latest.data?.items ?? [], pushed, SHOWN);
  const simulated = signals.some((signal) => signal.simulated);
  const [chosen, setChosen] = useState<string | null>(null);
  // The chart stays on its symbol while signals stream in: the first one shown, until the user picks another.
  const firstSymbol = signals[0]?.symbol ?? null;
  useEffect(() => {
    if (chosen === null && firstSymbol !== null) setChosen(firstSymbol);
  }, [chosen, firstSymbol]);
  const charted = chosen;

  return (
    <Stack spacing={2}>
      {simulated && (
        <Alert severity="warning" variant="outlined">
          Simulated data: these signals come from the built-in market simulator, not from a market.
        </Alert>
      )}
      {canGenerate && <GenerateSignalForm />}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 2fr) minmax(0, 1fr)' }, alignItems: 'start' }}>
        <Paper sx={{ p: 2 }}>
          <Typography variant="h6" component="h2" gutterBottom>
            Latest signals
          </Typography>
          {latest.isPending && <Typography color="text.secondary">Loading signals…</Typography>}
          {latest.isError && <Alert severity="error">{latest.error.message}</Alert>}
          {latest.isSuccess && <SignalsTable signals={signals} label="Latest signals" />}
        </Paper>
        {charted !== null && (
          <Paper sx={{ p: 2, gridColumn: { lg: '1' }, gridRow: { lg: '2' } }} component="section" aria-label={`Chart of ${charted}`}>
            <Suspense fallback={<Typography color="text.secondary">Loading the chart…</Typography>}>
              <SymbolChart key={charted} symbol={charted} />
            </Suspense>
          </Paper>
        )}
        <Stack spacing={2} sx={{ gridColumn: { lg: '2' }, gridRow: { lg: '1 / span 2' } }}>
          <WatchlistQuotes signals={signals} selected={charted} onSelect={setChosen} />
          <MarketOverview />
        </Stack>
      </Box>
    </Stack>
  );
}
