import { Alert, Box, Button, Card, CardContent, Chip, Divider, Stack, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiRequest } from '../api/api-client.js';
import { SettingsSection } from './settings-section.js';
import type { WatchlistFields } from './watchlist-fields.js';
import { WatchlistForm } from './watchlist-form.js';
import type { WatchlistView } from './watchlist-view.js';

// The dashboard's watchlist panel reads the same key, so edits here show there at once.
const KEYS = ['watchlists'] as const;

function WatchlistCard({ list, onChanged }: { readonly list: WatchlistView; readonly onChanged: () => Promise<void> }) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({ mutationFn: () => apiRequest<undefined>('DELETE', `/watchlists/${list.id}`), onSuccess: onChanged });

  async function save(fields: WatchlistFields): Promise<void> {
    await apiRequest<WatchlistView>('PATCH', `/watchlists/${list.id}`, fields);
    await onChanged();
    setEditing(false);
  }

  return (
    <Card variant="outlined" data-watchlist={list.name} component="article" aria-label={`Watchlist ${list.name}`}>
      <CardContent sx={{ '&:last-child': { pb: 1.5 } }}>
        {editing ? (
          <WatchlistForm initial={list} onSubmit={save} onCancel={() => setEditing(false)} />
        ) : (
          <Stack spacing={1}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="subtitle1" component="h3" sx={{ flexGrow: 1 }}>
                {list.name}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {list.timeframes.join(' · ')}
              </Typography>
              <Button size="small" onClick={() => setEditing(true)} aria-label={`Edit ${list.name}`}>
                Edit
              </Button>
              {confirming ? (
                <>
                  <Button size="small" color="error" variant="contained" disabled={remove.isPending} onClick={() => remove.mutate()} aria-label={`Confirm deleting ${list.name}`}>
                    Delete now
                  </Button>
                  <Button size="small" onClick={() => setConfirming(false)}>
                    Keep
                  </Button>
                </>
              ) : (
                <Button size="small" color="error" onClick={() => setConfirming(true)} aria-label={`Delete ${list.name}`}>
                  Delete
                </Button>
              )}
            </Stack>
            {list.symbols.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                No symbols: edit the list to add some.
              </Typography>
            ) : (
              <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
                {list.symbols.map((symbol) => (
                  <Chip key={symbol} size="small" label={symbol} variant="outlined" />
                ))}
              </Box>
            )}
            {remove.isError && (
              <Alert severity="error" role="alert">
                {remove.error.message}
              </Alert>
            )}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}

/** The caller's watchlists: their symbols are what the dashboard watches and (for traders) what the scheduler signals. */
export function WatchlistsSection() {
  const client = useQueryClient();
  const lists = useQuery({ queryKey: KEYS, queryFn: () => apiRequest<{ items: WatchlistView[] }>('GET', '/watchlists') });
  const changed = () => client.invalidateQueries({ queryKey: KEYS });

  async function create(fields: WatchlistFields): Promise<void> {
    await apiRequest<WatchlistView>('POST', '/watchlists', fields);
    await changed();
  }

  return (
    <SettingsSection title="Watchlists" description="Symbols the dashboard watches. For traders and admins the scheduler also signals them on each chosen timeframe.">
      <Stack spacing={1.5}>
        {lists.isPending && <Typography color="text.secondary">Loading watchlists…</Typography>}
        {lists.isError && (
          <Alert severity="error" role="alert">
            {lists.error.message}
          </Alert>
        )}
        {lists.isSuccess && lists.data.items.length === 0 && <Typography color="text.secondary">No watchlists yet: create one below.</Typography>}
        {lists.data?.items.map((list) => (
          <WatchlistCard key={list.id} list={list} onChanged={changed} />
        ))}
        <Divider />
        <WatchlistForm onSubmit={create} />
      </Stack>
    </SettingsSection>
  );
}
