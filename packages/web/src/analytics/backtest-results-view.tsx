import { Alert, Box, MenuItem, TextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import type { BacktestResults } from './backtest-results.js';
import { equitySeriesOf } from './equity-series-of.js';
import { LineChart } from './line-chart.js';
import { StatsTable } from './stats-table.js';
import type { SymbolResult } from './symbol-result.js';
import { TradesTable } from './trades-table.js';

function SymbolView({ result }: { readonly result: SymbolResult }) {
  const series = useMemo(() => equitySeriesOf(result.equity ?? []), [result]);
  if (result.error !== undefined)
    return (
      <Alert severity="error" role="alert">
        {result.symbol}: {result.error}
      </Alert>
    );
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      {result.simulated === true && <Alert severity="info">{result.symbol} was backtested on simulated bars.</Alert>}
      {(result.warnings ?? []).map((warning) => (
        <Alert key={warning} severity="warning">
          {warning}
        </Alert>
      ))}
      {series.length === 0 ? (
        <Typography color="text.secondary">No equity curve.</Typography>
      ) : (
        <LineChart series={series} height={340} label={`Equity curve and drawdown of ${result.symbol}`} />
      )}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 2fr) minmax(0, 3fr)' } }}>
        <StatsTable stats={result.stats ?? {}} baseline={result.baseline?.stats} />
        <TradesTable trades={result.trades ?? []} total={result.tradeCount ?? result.trades?.length ?? 0} />
      </Box>
    </Box>
  );
}

/** A finished backtest: per symbol its equity curve with drawdown, statistics and trades. */
export function BacktestResultsView({ results }: { readonly results: BacktestResults }) {
  const [symbol, setSymbol] = useState(results.symbols[0]?.symbol ?? '');
  const result = results.symbols.find((candidate) => candidate.symbol === symbol) ?? results.symbols[0];
  if (result === undefined) return <Typography color="text.secondary">The backtest has no symbols.</Typography>;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      {results.symbols.length > 1 && (
        <TextField select size="small" label="Symbol" value={result.symbol} onChange={(event) => setSymbol(event.target.value)} sx={{ maxWidth: 200 }}>
          {results.symbols.map((candidate) => (
            <MenuItem key={candidate.symbol} value={candidate.symbol}>
              {candidate.symbol}
            </MenuItem>
          ))}
        </TextField>
      )}
      <SymbolView key={result.symbol} result={result} />
    </Box>
  );
}
