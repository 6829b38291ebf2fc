import { TIMEFRAMES } from '@goldensignals/engine';
import { Stack, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../api/api-client.js';
import type { BacktestJob } from '../../analytics/backtest-job.js';
import { runLabelOf } from '../../analytics/run-label-of.js';
import type { FieldProblems } from '../../forms/field-problems.js';
import { PORTFOLIO_QUERY_KEYS } from '../../portfolio/portfolio-query-keys.js';
import type { PortfolioSummary } from '../../portfolio/portfolio-summary.js';
import type { ExportFields } from './export-fields.js';

interface ExportOptionsProps {
  readonly fields: ExportFields;
  readonly problems: FieldProblems;
  change<K extends keyof ExportFields>(name: K, value: ExportFields[K]): void;
}

const NATIVE = { select: { native: true } } as const;
const DATE = { inputLabel: { shrink: true } } as const;

function SignalOptions({ fields, problems, change }: ExportOptionsProps) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
      <TextField size="small" label="Symbols" placeholder="All; or AAPL, MSFT" value={fields.symbols} onChange={(event) => change('symbols', event.target.value)} error={problems.symbols !== undefined} helperText={problems.symbols} />
      <TextField size="small" select label="Timeframe" value={fields.timeframe} onChange={(event) => change('timeframe', TIMEFRAMES.find((timeframe) => timeframe === event.target.value) ?? '')} slotProps={NATIVE} sx={{ minWidth: 110 }}>
        <option value="">All</option>
        {TIMEFRAMES.map((timeframe) => (
          <option key={timeframe} value={timeframe}>
            {timeframe}
          </option>
        ))}
      </TextField>
      <TextField size="small" type="date" label="From" value={fields.from} onChange={(event) => change('from', event.target.value)} error={problems.from !== undefined} helperText={problems.from} slotProps={DATE} />
      <TextField size="small" type="date" label="To" value={fields.to} onChange={(event) => change('to', event.target.value)} error={problems.to !== undefined} helperText={problems.to} slotProps={DATE} />
    </Stack>
  );
}

function ScorecardOptions({ fields, problems, change }: ExportOptionsProps) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
      <TextField size="small" type="number" label="Days" value={fields.days} onChange={(event) => change('days', event.target.value)} error={problems.days !== undefined} helperText={problems.days ?? 'Outcomes of the signals of the last N days'} slotProps={{ htmlInput: { min: 1, max: 3650 } }} />
      {fields.format === 'csv' && (
        <TextField size="small" select label="CSV holds" value={fields.scorecardPart} onChange={(event) => change('scorecardPart', event.target.value === 'outcomes' ? 'outcomes' : 'agents')} slotProps={NATIVE}>
          <option value="agents">Agents’ accuracy and weights</option>
          <option value="outcomes">Signal outcomes</option>
        </TextField>
      )}
    </Stack>
  );
}

function TradeOptions({ fields, change }: ExportOptionsProps) {
  const portfolios = useQuery({ queryKey: PORTFOLIO_QUERY_KEYS.list, queryFn: () => apiRequest<{ items: PortfolioSummary[] }>('GET', '/portfolios') });
  return (
    <TextField
      size="small"
      select
      label="Portfolio"
      value={fields.portfolioId}
      onChange={(event) => change('portfolioId', event.target.value)}
      error={portfolios.isError}
      helperText={portfolios.isError ? portfolios.error.message : undefined}
      slotProps={NATIVE}
      sx={{ maxWidth: 320 }}
    >
      <option value="">All my portfolios</option>
      {portfolios.data?.items.map((portfolio) => (
        <option key={portfolio.id} value={portfolio.id}>
          {portfolio.name}
        </option>
      ))}
    </TextField>
  );
}

function BacktestOptions({ fields, problems, change }: ExportOptionsProps) {
  // The analytics page's list (same key): finished runs are the ones with something to export.
  const runs = useQuery({ queryKey: ['analytics', 'backtests'], queryFn: () => apiRequest<{ items: BacktestJob[] }>('GET', '/backtests?limit=50') });
  const done = runs.data?.items.filter((run) => run.status === 'done') ?? [];
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
      {done.length > 0 ? (
        <TextField size="small" select label="Backtest" value={fields.backtestId} onChange={(event) => change('backtestId', event.target.value)} error={problems.backtestId !== undefined} helperText={problems.backtestId} slotProps={NATIVE} sx={{ minWidth: 260 }}>
          <option value="">Pick a finished backtest</option>
          {done.map((run) => (
            <option key={run.id} value={run.id}>
              {runLabelOf(run)}
            </option>
          ))}
        </TextField>
      ) : (
        <TextField
          size="small"
          label="Backtest id"
          value={fields.backtestId}
          onChange={(event) => change('backtestId', event.target.value)}
          error={problems.backtestId !== undefined}
          helperText={problems.backtestId ?? (runs.isPending ? 'Loading your backtests…' : runs.isError ? runs.error.message : 'No finished backtest listed: paste an id')}
          slotProps={{ htmlInput: { spellCheck: false } }}
          sx={{ minWidth: 320 }}
        />
      )}
      {fields.format === 'csv' && (
        <TextField size="small" select label="CSV holds" value={fields.backtestPart} onChange={(event) => change('backtestPart', event.target.value === 'equity' ? 'equity' : event.target.value === 'summary' ? 'summary' : 'trades')} slotProps={NATIVE}>
          <option value="trades">Trades</option>
          <option value="equity">Equity curve</option>
          <option value="summary">Summary statistics</option>
        </TextField>
      )}
    </Stack>
  );
}

/** The options of the export picked: filters for signals, days for the scorecard, a portfolio, a backtest. */
export function ExportOptions(props: ExportOptionsProps) {
  switch (props.fields.kind) {
    case 'signals':
      return <SignalOptions {...props} />;
    case 'scorecard':
      return <ScorecardOptions {...props} />;
    case 'trades':
      return <TradeOptions {...props} />;
    case 'backtest':
      return <BacktestOptions {...props} />;
  }
}
