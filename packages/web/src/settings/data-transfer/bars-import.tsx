import { TIMEFRAMES, type Timeframe } from '@goldensignals/engine';
import { Alert, Box, Button, Stack, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { authorizedFetch } from '../../ai-lab/authorized-fetch.js';
import { isSymbol } from '../../signals-page/is-symbol.js';
import { formatDateTime } from '../format-date-time.js';
import { usePreferences } from '../preferences-store.js';
import { CsvFilePicker } from './csv-file-picker.js';
import type { BarsImportResult } from './import-results.js';

interface BarsUpload {
  readonly symbol: string;
  readonly timeframe: Timeframe;
  readonly file: File;
}

async function uploadBars({ symbol, timeframe, file }: BarsUpload): Promise<BarsImportResult> {
  const query = new URLSearchParams({ symbol, timeframe });
  const response = await authorizedFetch(`/market-data/bars/import?${query.toString()}`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: file });
  return (await response.json()) as BarsImportResult;
}

/**
 * Uploads an OHLCV CSV (time, open, high, low, close, volume) as one symbol's bars on one timeframe. The server
 * checks the whole file first: a bad line fails it with the line and column named, and nothing is stored.
 */
export function BarsImport() {
  const timeZone = usePreferences((state) => state.timeZone);
  const [symbol, setSymbol] = useState('');
  const [timeframe, setTimeframe] = useState<Timeframe>('1d');
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<{ symbol?: string; file?: string }>({});
  const upload = useMutation<BarsImportResult, Error, BarsUpload>({ mutationFn: uploadBars });

  function submit(event: FormEvent): void {
    event.preventDefault();
    const name = symbol.trim().toUpperCase();
    const found = {
      ...(name === '' ? { symbol: 'required' } : isSymbol(name) ? {} : { symbol: 'a ticker like AAPL, BTC-USD or EURUSD=X' }),
      ...(file === null ? { file: 'Choose a CSV file first' } : {}),
    };
    setProblems(found);
    if (file !== null && Object.keys(found).length === 0) upload.mutate({ symbol: name, timeframe, file });
  }

  const result = upload.data;
  return (
    <Stack component="form" noValidate onSubmit={submit} spacing={1.5} aria-label="Import bars">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
        <TextField
          size="small"
          label="Symbol"
          placeholder="AAPL"
          value={symbol}
          onChange={(event) => {
            setSymbol(event.target.value);
            setProblems((current) => ({ ...current, symbol: undefined }));
          }}
          error={problems.symbol !== undefined}
          helperText={problems.symbol}
          slotProps={{ htmlInput: { autoCapitalize: 'characters', spellCheck: false, maxLength: 20 } }}
        />
        <TextField size="small" select label="Timeframe" value={timeframe} onChange={(event) => setTimeframe(TIMEFRAMES.find((option) => option === event.target.value) ?? '1d')} slotProps={{ select: { native: true } }} sx={{ minWidth: 110 }}>
          {TIMEFRAMES.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </TextField>
      </Stack>
      <CsvFilePicker
        label="Bars CSV file"
        file={file}
        problem={problems.file}
        onPick={(picked) => {
          setFile(picked);
          setProblems((current) => ({ ...current, file: undefined }));
          upload.reset();
        }}
      />
      <Box>
        <Button type="submit" variant="contained" disabled={upload.isPending}>
          {upload.isPending ? 'Importing…' : 'Import bars'}
        </Button>
      </Box>
      {upload.isError && (
        <Alert severity="error" role="alert">
          {upload.error.message}
        </Alert>
      )}
      {result !== undefined && (
        <Alert severity={result.warnings.length > 0 ? 'warning' : 'success'} role="status">
          Imported {result.rows} rows of {result.symbol} {result.timeframe}: {result.inserted} new, {result.replaced} replaced
          {result.first !== null && result.last !== null && `, ${formatDateTime(result.first, timeZone)} to ${formatDateTime(result.last, timeZone)}`}.
          {result.warnings.map((warning) => (
            <Box component="span" key={warning} sx={{ display: 'block' }}>
              {warning}
            </Box>
          ))}
        </Alert>
      )}
    </Stack>
  );
}
