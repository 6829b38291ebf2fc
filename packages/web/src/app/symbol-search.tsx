import { Alert, Dialog, DialogContent, DialogTitle, List, ListItemButton, ListItemText, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { apiRequest } from '../api/api-client.js';
import { isSearchShortcut } from './is-search-shortcut.js';

interface SymbolMatch {
  readonly symbol: string;
  readonly name: string;
  readonly exchange: string | null;
  readonly type: string | null;
}

/** Symbol search (`/` or Ctrl+K): finds tickers by symbol or name and hands the chosen one to `onPick`. */
export function SymbolSearch({ onPick }: { readonly onPick: (symbol: string) => void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      setOpen(true);
    };
    globalThis.addEventListener('keydown', onKey);
    return () => globalThis.removeEventListener('keydown', onKey);
  }, []);
  // Asks once typing pauses, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const matches = useQuery({
    queryKey: ['search', query],
    queryFn: () => apiRequest<{ items: SymbolMatch[] }>('GET', `/market-data/search?q=${encodeURIComponent(query)}`),
    enabled: open && query !== '',
  });

  function pick(symbol: string): void {
    setOpen(false);
    setText('');
    onPick(symbol.toUpperCase());
  }

  return (
    <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="symbol-search-title">
      <DialogTitle id="symbol-search-title">Find a symbol</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          label="Symbol or company"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            const first = matches.data?.items[0];
            if (event.key === 'Enter' && text.trim() !== '') pick(first?.symbol ?? text.trim());
          }}
          helperText="Enter opens the first match"
          sx={{ mt: 1 }}
        />
        {matches.isError && <Alert severity="error">{matches.error.message}</Alert>}
        {matches.data?.items.length === 0 && <Typography color="text.secondary">No symbol matches “{query}”.</Typography>}
        <List dense aria-label="Matches">
          {matches.data?.items.slice(0, 10).map((match) => (
            <ListItemButton key={`${match.symbol}-${match.exchange ?? ''}`} onClick={() => pick(match.symbol)}>
              <ListItemText primary={`${match.symbol} · ${match.name}`} secondary={[match.type, match.exchange].filter(Boolean).join(' · ')} />
            </ListItemButton>
          ))}
        </List>
      </DialogContent>
    </Dialog>
  );
}
