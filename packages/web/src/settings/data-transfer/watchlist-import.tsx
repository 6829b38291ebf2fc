import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { authorizedFetch } from '../../ai-lab/authorized-fetch.js';
import { CsvFilePicker } from './csv-file-picker.js';
import type { WatchlistImportResult } from './import-results.js';

async function uploadWatchlists(file: File): Promise<WatchlistImportResult> {
  const response = await authorizedFetch('/watchlists/import', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: file });
  return (await response.json()) as WatchlistImportResult;
}

/** Uploads a CSV of `symbol` (and optionally `watchlist`) columns into the caller's watchlists; bad symbols are skipped, with why. */
export function WatchlistImport() {
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const upload = useMutation<WatchlistImportResult, Error, File>({
    mutationFn: uploadWatchlists,
    // The Watchlists section and the dashboard read the same list.
    onSuccess: () => client.invalidateQueries({ queryKey: ['watchlists'] }),
  });

  function submit(event: FormEvent): void {
    event.preventDefault();
    setProblem(file === null ? 'Choose a CSV file first' : undefined);
    if (file !== null) upload.mutate(file);
  }

  const result = upload.data;
  return (
    <Stack component="form" noValidate onSubmit={submit} spacing={1.5} aria-label="Import watchlists">
      <Typography variant="body2" color="text.secondary">
        Columns: <code>symbol</code>, and <code>watchlist</code> to name the list (default “Imported”). Lists with that name are extended.
      </Typography>
      <CsvFilePicker
        label="Watchlist CSV file"
        file={file}
        problem={problem}
        onPick={(picked) => {
          setFile(picked);
          setProblem(undefined);
          upload.reset();
        }}
      />
      <Box>
        <Button type="submit" variant="contained" disabled={upload.isPending}>
          {upload.isPending ? 'Importing…' : 'Import watchlists'}
        </Button>
      </Box>
      {upload.isError && (
        <Alert severity="error" role="alert">
          {upload.error.message}
        </Alert>
      )}
      {result !== undefined && (
        <Alert severity={result.skipped.length > 0 ? 'warning' : 'success'} role="status" sx={{ '& .MuiAlert-message': { width: '100%' } }}>
          <Box component="ul" aria-label="Imported watchlists" sx={{ m: 0, pl: 2 }}>
            {result.watchlists.map((list) => (
              <li key={list.id}>
                {list.created ? 'Created ' : `Extended (${list.added} added) `}
                <strong>{list.name}</strong>: {list.symbols.join(', ')}
              </li>
            ))}
          </Box>
          {result.skipped.length > 0 && (
            <Box component="ul" aria-label="Skipped lines" sx={{ m: 0, mt: 1, pl: 2 }}>
              {result.skipped.map((skip) => (
                <li key={`${skip.line}-${skip.value}`}>
                  Line {skip.line} skipped ({skip.value}): {skip.reason}
                </li>
              ))}
            </Box>
          )}
        </Alert>
      )}
    </Stack>
  );
}
