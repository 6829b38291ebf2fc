import { Alert, Stack, Switch, Table, TableBody, TableCell, TableHead, TableRow, Typography, useMediaQuery, useTheme } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../api/api-client.js';
import type { ApiError } from '../api/api-error.js';
import { SettingsSection } from '../settings/settings-section.js';
import { ADMIN_QUERY_KEYS } from './admin-query-keys.js';
import type { AgentSummary } from './agent-summary.js';

/** The analysis agents with a switch each: a disabled agent no longer votes in new signals. */
export function AgentsSection() {
  const client = useQueryClient();
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'));
  const agents = useQuery({ queryKey: ADMIN_QUERY_KEYS.agents, queryFn: () => apiRequest<{ items: AgentSummary[] }>('GET', '/agents') });
  const toggle = useMutation<AgentSummary, ApiError, { agent: AgentSummary; enabled: boolean }>({
    mutationFn: ({ agent, enabled }) => apiRequest<AgentSummary>('PATCH', `/agents/${encodeURIComponent(agent.id)}`, { enabled }),
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: ADMIN_QUERY_KEYS.agents }), client.invalidateQueries({ queryKey: ADMIN_QUERY_KEYS.auditLog })]),
  });
  const items = agents.data?.items ?? [];
  const enabledCount = items.filter((agent) => agent.enabled).length;

  return (
    <SettingsSection title="Agents" description={agents.isSuccess ? `${enabledCount} of ${items.length} agents vote in new signals.` : undefined}>
      <Stack spacing={1}>
        {agents.isPending && <Typography color="text.secondary">Loading agents…</Typography>}
        {agents.isError && (
          <Alert severity="error" role="alert">
            {agents.error.message}
          </Alert>
        )}
        {toggle.isError && (
          <Alert severity="error" role="alert">
            {toggle.error.message}
          </Alert>
        )}
        {agents.isSuccess && items.length === 0 && <Typography color="text.secondary">The engine has no agents.</Typography>}
        {items.length > 0 && (
          <Table size="small" aria-label="Agents">
            <TableHead>
              <TableRow>
                <TableCell>Agent</TableCell>
                {!phone && <TableCell>Category</TableCell>}
                {!phone && <TableCell>Description</TableCell>}
                <TableCell align="right">Scored votes</TableCell>
                <TableCell align="right">Enabled</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((agent) => (
                <TableRow key={agent.id} hover data-agent-id={agent.id}>
                  <TableCell>
                    {agent.name}
                    {phone && (
                      <Typography variant="caption" color="text.secondary" component="div">
                        {agent.category}
                      </Typography>
                    )}
                    {agent.configError !== null && (
                      <Typography variant="caption" color="warning.main" component="div">
                        config set aside: {agent.configError}
                      </Typography>
                    )}
                  </TableCell>
                  {!phone && <TableCell>{agent.category}</TableCell>}
                  {!phone && (
                    <TableCell>
                      <Typography variant="body2" color="text.secondary">
                        {agent.description}
                      </Typography>
                    </TableCell>
                  )}
                  <TableCell align="right">{agent.scored.toLocaleString()}</TableCell>
                  <TableCell align="right">
                    <Switch
                      size="small"
                      checked={agent.enabled}
                      disabled={toggle.isPending && toggle.variables?.agent.id === agent.id}
                      onChange={(_event, enabled) => toggle.mutate({ agent, enabled })}
                      slotProps={{ input: { 'aria-label': `${agent.name} enabled` } }}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Stack>
    </SettingsSection>
  );
}
