import { Alert, Typography } from '@mui/material';
import { useQueries } from '@tanstack/react-query';
import { apiRequest } from '../api/api-client.js';
import type { BacktestJob } from './backtest-job.js';
import type { BacktestResults } from './backtest-results.js';
import { firstStatsOf } from './first-stats-of.js';
import { runLabelOf } from './run-label-of.js';
import { StatsComparison } from './stats-comparison.js';

/** The statistics of two finished runs side by side (each run's first symbol with statistics). */
export function RunComparison({ runs }: { readonly runs: readonly [BacktestJob, BacktestJob] }) {
  const queries = useQueries({
    queries: runs.map((run) => ({ queryKey: ['analytics', 'backtest-results', run.id], queryFn: () => apiRequest<BacktestResults>('GET', `/backtests/${run.id}/results`), staleTime: Infinity })),
  });
  const failed = queries.find((query) => query.isError);
  if (failed?.error) return <Alert severity="error" role="alert">{failed.error.message}</Alert>;
  const [left, right] = queries.map((query) => (query.data === undefined ? undefined : firstStatsOf(query.data)));
  if (left === undefined || right === undefined) return <Typography color="text.secondary">Loading both runs…</Typography>;
  if (left === null || right === null) return <Typography color="text.secondary">A run has no statistics to compare.</Typography>;
  return (
    <StatsComparison
      left={{ label: `A: ${runLabelOf(runs[0])} (${left.symbol})`, stats: left.stats }}
      right={{ label: `B: ${runLabelOf(runs[1])} (${right.symbol})`, stats: right.stats }}
    />
  );
}
