import { Box, LinearProgress, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiRequest } from '../api/api-client.js';
import type { AgentItem } from './agent-item.js';
import { AnalyticsSection } from './analytics-section.js';
import type { BacktestBody } from './backtest-body.js';
import { BacktestForm } from './backtest-form.js';
import type { BacktestJob } from './backtest-job.js';
import type { BacktestResults } from './backtest-results.js';
import { BacktestResultsView } from './backtest-results-view.js';
import { BacktestRuns } from './backtest-runs.js';
import { QueryView } from './query-view.js';
import { RunComparison } from './run-comparison.js';
import { runLabelOf } from './run-label-of.js';
import { runStatusText } from './run-status-text.js';

const POLL_MS = 1000;

function unfinished(job: BacktestJob | undefined): boolean {
  return job !== undefined && (job.status === 'queued' || job.status === 'running');
}

function ShownRun({ id }: { readonly id: string }) {
  const job = useQuery({
    queryKey: ['analytics', 'backtest', id],
    queryFn: () => apiRequest<BacktestJob>('GET', `/backtests/${id}`),
    refetchInterval: (query) => (query.state.data === undefined || unfinished(query.state.data) ? POLL_MS : false),
  });
  const done = job.data?.status === 'done';
  const results = useQuery({
    queryKey: ['analytics', 'backtest-results', id],
    queryFn: () => apiRequest<BacktestResults>('GET', `/backtests/${id}/results`),
    enabled: done,
    staleTime: Infinity,
  });
  return (
    <QueryView query={job} loading="Loading the backtest…">
      {(run) => (
        <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: 'minmax(0, 1fr)' }} data-backtest={run.id} data-status={run.status}>
          <Typography variant="subtitle2" component="h3" role="status" aria-label="Backtest status">
            {runLabelOf(run)}: {runStatusText(run)}
          </Typography>
          {unfinished(run) && <LinearProgress variant={run.status === 'running' ? 'determinate' : 'indeterminate'} value={run.progress * 100} aria-label="Backtest progress" />}
          {done && (
            <QueryView query={results} loading="Loading results…">
              {(answer) => <BacktestResultsView results={answer} />}
            </QueryView>
          )}
        </Box>
      )}
    </QueryView>
  );
}

/** The backtest runner: the request form, the caller's runs, the shown run's results, and a two-run comparison. */
export function BacktestPanel() {
  const client = useQueryClient();
  const [shown, setShown] = useState<string | null>(null);
  const [compared, setCompared] = useState<readonly string[]>([]);
  const agents = useQuery({ queryKey: ['analytics', 'agents'], queryFn: () => apiRequest<{ items: AgentItem[] }>('GET', '/agents') });
  const runs = useQuery({
    queryKey: ['analytics', 'backtests'],
    queryFn: () => apiRequest<{ items: BacktestJob[] }>('GET', '/backtests?limit=50'),
    refetchInterval: (query) => (query.state.data?.items.some(unfinished) === true ? POLL_MS * 2 : false),
  });
  const submit = useMutation({
    mutationFn: (body: BacktestBody) => apiRequest<{ id: string; status: 'queued' }>('POST', '/backtests', body),
    onSuccess: async (answer) => {
      setShown(answer.id);
      await client.invalidateQueries({ queryKey: ['analytics', 'backtests'] });
    },
  });
  const comparedRuns = compared.flatMap((id) => runs.data?.items.filter((run) => run.id === id) ?? []);
  const [first, second] = comparedRuns;
  return (
    <>
      <AnalyticsSection title="Backtest">
        <BacktestForm agents={agents.data?.items ?? []} submitting={submit.isPending} error={submit.error} onSubmit={(body) => submit.mutate(body)} />
        {shown !== null && (
          <Box sx={{ mt: 2 }}>
            <ShownRun key={shown} id={shown} />
          </Box>
        )}
      </AnalyticsSection>
      <AnalyticsSection title="Past backtests">
        <QueryView query={runs} loading="Loading backtests…">
          {(answer) => (
            <BacktestRuns
              runs={answer.items}
              shown={shown}
              compared={compared}
              onShow={setShown}
              onToggleCompare={(id) => setCompared((now) => (now.includes(id) ? now.filter((other) => other !== id) : [...now, id].slice(-2)))}
            />
          )}
        </QueryView>
        <Typography variant="subtitle2" component="h3" sx={{ mt: 2, mb: 1 }}>
          Compare two runs
        </Typography>
        {first !== undefined && second !== undefined ? (
          <RunComparison key={`${first.id}:${second.id}`} runs={[first, second]} />
        ) : (
          <Typography color="text.secondary">Tick two finished runs to compare their statistics.</Typography>
        )}
      </AnalyticsSection>
    </>
  );
}
