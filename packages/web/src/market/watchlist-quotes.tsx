import { Alert, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { apiRequest } from '../api/api-client.js';
import { useLiveChannel } from '../live/use-live-channel.js';
import { ActionChip } from '../signals/action-chip.js';
import { formatPrice } from '../signals/format-price.js';
import type { SignalView } from '../signals/signal-view.js';
import { ChangeText } from './change-text.js';
import type { QuoteItemView, QuoteView } from './quote-view.js';

const MAX_SYMBOLS = 100;

function WatchRow({ symbol, initial, signal, selected, onSelect }: { readonly symbol: string; readonly initial: QuoteItemView | undefined; readonly signal: SignalView | undefined; readonly selected: boolean; readonly onSelect: (symbol: string) => void }) {
  const [live, setLive] = useState<QuoteView | null>(null);
  useLiveChannel(`quotes:${symbol}`, (message) => {
    if (message.type === 'quote') setLive(message.data as QuoteView);
  });
  const quote = live ?? initial?.quote ?? null;
  return (
    <TableRow data-watch-symbol={symbol} data-watch-signal={signal?.id} hover selected={selected} onClick={() => onSelect(symbol)} sx={{ cursor: 'pointer' }}>
      <TableCell>{symbol}</TableCell>
      <TableCell align="right">{quote === null ? (initial?.error ? <Typography variant="caption" color="error">{initial.error.message}</Typography> : '…') : formatPrice(quote.price)}</TableCell>
      <TableCell align="right">
        <ChangeText percent={quote?.changePercent ?? null} />
      </TableCell>
      <TableCell>{signal === undefined ? '–' : <ActionChip action={signal.action} />}</TableCell>
    </TableRow>
  );
}

/**
 * The watched symbols (the caller's watchlists, else the symbols of the latest signals) with live quotes from the
 * `quotes:<SYMBOL>` channels and the latest signal of each; a click shows the symbol on the dashboard's chart.
 */
export function WatchlistQuotes({ signals, selected, onSelect }: { readonly signals: readonly SignalView[]; readonly selected: string | null; readonly onSelect: (symbol: string) => void }) {
  const watchlists = useQuery({ queryKey: ['watchlists'], queryFn: () => apiRequest<{ items: { symbols: string[] }[] }>('GET', '/watchlists') });
  const listed = [...new Set(watchlists.data?.items.flatMap((list) => list.symbols) ?? [])];
  // Sorted: the set, not the order signals arrive in, decides the quotes query (a new order must not refetch).
  const symbols = (listed.length > 0 ? listed : [...new Set(signals.map((signal) => signal.symbol))]).slice(0, MAX_SYMBOLS).sort();
  const quotes = useQuery({
    queryKey: ['quotes', symbols],
    queryFn: () => apiRequest<{ items: QuoteItemView[] }>('POST', '/market-data/batch/quotes', { symbols }),
    enabled: symbols.length > 0,
  });
  const latestBySymbol = new Map<string, SignalView>();
  for (const signal of signals) if (!latestBySymbol.has(signal.symbol)) latestBySymbol.set(signal.symbol, signal);
  const initial = new Map((quotes.data?.items ?? []).map((item) => [item.symbol, item]));

  return (
    <Paper sx={{ p: 2 }} component="section" aria-label="Watchlist">
      <Typography variant="h6" component="h2" gutterBottom>
        Watchlist
      </Typography>
      {watchlists.isError && <Alert severity="error">{watchlists.error.message}</Alert>}
      {quotes.isError && <Alert severity="error">{quotes.error.message}</Alert>}
      {symbols.length === 0 ? (
        <Typography color="text.secondary">Nothing watched yet: add symbols to a watchlist in Settings, or generate a signal.</Typography>
      ) : (
        <Table size="small" aria-label="Watched symbols">
          <TableHead>
            <TableRow>
              <TableCell>Symbol</TableCell>
              <TableCell align="right">Price</TableCell>
              <TableCell align="right">Change</TableCell>
              <TableCell>Signal</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {symbols.map((symbol) => (
              <WatchRow key={symbol} symbol={symbol} initial={initial.get(symbol)} signal={latestBySymbol.get(symbol)} selected={symbol === selected} onSelect={onSelect} />
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
