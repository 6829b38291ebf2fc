import { Autocomplete, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api/api-client.js';

interface AgentOption {
  readonly id: string;
  readonly name: string;
}

/** Picks agents by name from `GET /agents` (shared with the analytics page's cache); ids are what the rule keeps. */
export function AgentsPicker({ value, onChange, problem }: { readonly value: readonly string[]; readonly onChange: (ids: string[]) => void; readonly problem?: string }) {
  const agents = useQuery({ queryKey: ['analytics', 'agents'], queryFn: () => apiRequest<{ items: AgentOption[] }>('GET', '/agents') });
  // Ids a rule already names stay pickable even when the list lacks them (an agent removed since, the list not loaded).
  const options = [...new Set([...(agents.data?.items.map((agent) => agent.id) ?? []), ...value])];
  const nameOf = (id: string) => agents.data?.items.find((agent) => agent.id === id)?.name ?? id;
  return (
    <Autocomplete
      multiple
      size="small"
      options={options}
      value={[...value]}
      onChange={(_event, ids) => onChange(ids)}
      getOptionLabel={nameOf}
      loading={agents.isPending}
      filterSelectedOptions
      renderInput={(params) => (
        <TextField
          {...params}
          label="Agents that must agree"
          error={problem !== undefined || agents.isError}
          helperText={problem ?? (agents.isError ? `Agents could not be loaded: ${agents.error.message}` : 'Each of these must have voted the signal’s action')}
        />
      )}
    />
  );
}
