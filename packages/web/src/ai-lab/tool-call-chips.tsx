import { Chip, Stack, Typography } from '@mui/material';
import { toolCallLabel } from './tool-call-label.js';
import type { ToolCall } from './tool-call.js';

/** The tools an answer called, as compact chips ("called get_quote(AAPL)") each with what it found, when known. */
export function ToolCallChips({ calls, summaries }: { readonly calls: readonly ToolCall[]; readonly summaries: ReadonlyMap<string, string> }) {
  if (calls.length === 0) return null;
  return (
    <Stack component="ul" spacing={0.5} aria-label="Tools called" sx={{ listStyle: 'none', p: 0, m: 0, mb: 1 }}>
      {calls.map((call) => {
        const summary = summaries.get(call.id) ?? '';
        return (
          <Stack component="li" key={call.id} direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', minWidth: 0 }} data-tool-call={call.name}>
            <Chip size="small" variant="outlined" label={`called ${toolCallLabel(call.name, call.arguments)}`} sx={{ maxWidth: '100%', fontFamily: 'monospace' }} />
            {summary !== '' && (
              <Typography variant="caption" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                {summary}
              </Typography>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
