import { Alert, Box, Button, Chip, List, ListItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { aiLabApi } from './ai-lab-api.js';
import { AI_LAB_QUERY_KEYS as KEYS } from './ai-lab-query-keys.js';
import { excerptOf } from './excerpt-of.js';

const EXCERPT_LENGTH = 240;

/** Search by meaning over signals' reasoning, news, backtest reports and the person's documents (`GET /ai/search`). */
export function KnowledgeSearch() {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const results = useQuery({ queryKey: KEYS.search(query), queryFn: () => aiLabApi.search(query), enabled: query !== '' });

  function submit(event: FormEvent): void {
    event.preventDefault();
    setQuery(text.trim());
  }

  return (
    <Stack spacing={1}>
      <Box component="form" role="search" aria-label="Search your data" onSubmit={submit}>
        <Stack direction="row" spacing={1}>
          <TextField size="small" label="Search" value={text} onChange={(event) => setText(event.target.value)} fullWidth slotProps={{ htmlInput: { maxLength: 1000 } }} />
          <Button type="submit" variant="outlined" disabled={text.trim() === ''}>
            Search
          </Button>
        </Stack>
      </Box>
      {query !== '' && results.isPending && <Typography color="text.secondary">Searching…</Typography>}
      {results.isError && (
        <Alert severity="error" role="alert">
          {results.error.message}
        </Alert>
      )}
      {results.isSuccess && results.data.items.length === 0 && <Typography color="text.secondary">Nothing found for “{query}”.</Typography>}
      {results.isSuccess && results.data.items.length > 0 && (
        <List dense aria-label="Search results" sx={{ p: 0 }}>
          {results.data.items.map((hit) => (
            <ListItem key={`${hit.kind}-${hit.id}-${hit.text.slice(0, 40)}`} disableGutters data-search-kind={hit.kind} sx={{ display: 'block' }}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 0 }}>
                <Chip size="small" label={hit.kind} variant="outlined" />
                <Typography variant="body2" sx={{ flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
                  {hit.title}
                </Typography>
                <Typography variant="caption" color="text.secondary" aria-label={`score ${hit.score.toFixed(2)}`} title="Cosine similarity to the search (1 = same direction)">
                  {hit.score.toFixed(2)}
                </Typography>
              </Stack>
              <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, overflowWrap: 'anywhere' }}>
                {excerptOf(hit.text, EXCERPT_LENGTH)}
              </Typography>
            </ListItem>
          ))}
        </List>
      )}
    </Stack>
  );
}
