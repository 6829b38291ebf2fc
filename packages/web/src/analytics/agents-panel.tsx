import { Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { apiRequest } from '../api/api-client.js';
import { AgentLeaderboard } from './agent-leaderboard.js';
import type { AgentItem } from './agent-item.js';
import { AnalyticsSection } from './analytics-section.js';
import { leaderboardRowsOf } from './leaderboard-rows-of.js';
import { QueryView } from './query-view.js';
import { WeightHistory } from './weight-history.js';

function Leaderboard({ agents }: { readonly agents: readonly AgentItem[] }) {
  const rows = useMemo(() => leaderboardRowsOf(agents), [agents]);
  const [selected, setSelected] = useState<string | null>(null);
  const agent = rows.find((row) => row.id === selected) ?? null;
  return (
    <>
      <AgentLeaderboard rows={rows} selected={selected} onSelect={setSelected} />
      {agent === null ? (
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          Pick an agent to see its weight history.
        </Typography>
      ) : (
        <WeightHistory key={agent.id} agentId={agent.id} name={agent.name} />
      )}
    </>
  );
}

/** The agent leaderboard from `GET /agents`, with the picked agent's weight history. */
export function AgentsPanel() {
  const query = useQuery({ queryKey: ['analytics', 'agents'], queryFn: () => apiRequest<{ items: AgentItem[] }>('GET', '/agents') });
  return (
    <AnalyticsSection title="Agent leaderboard">
      <QueryView query={query} loading="Loading agents…">
        {(answer) => <Leaderboard agents={answer.items} />}
      </QueryView>
    </AnalyticsSection>
  );
}
