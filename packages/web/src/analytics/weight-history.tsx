import { Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiRequest } from '../api/api-client.js';
import { LineChart } from './line-chart.js';
import { QueryView } from './query-view.js';
import type { WeightPoint } from './weight-point.js';
import { weightSeriesOf } from './weight-series-of.js';

function WeightChart({ name, history }: { readonly name: string; readonly history: readonly WeightPoint[] }) {
  const series = useMemo(() => weightSeriesOf(history), [history]);
  if (history.length === 0) return <Typography color="text.secondary">No weight history saved for {name} yet.</Typography>;
  return <LineChart series={series} height={240} label={`Weight history of ${name}`} />;
}

/** The selected agent's consensus weight over time, one line per symbol class and timeframe. */
export function WeightHistory({ agentId, name }: { readonly agentId: string; readonly name: string }) {
  const query = useQuery({
    queryKey: ['analytics', 'agent', agentId],
    queryFn: () => apiRequest<{ history: WeightPoint[] }>('GET', `/agents/${encodeURIComponent(agentId)}?limit=1000`),
  });
  return (
    <>
      <Typography variant="subtitle2" component="h3" sx={{ mt: 2, mb: 1 }}>
        Weight history: {name}
      </Typography>
      <QueryView query={query} loading="Loading weight history…">
        {(agent) => <WeightChart name={name} history={agent.history} />}
      </QueryView>
    </>
  );
}
