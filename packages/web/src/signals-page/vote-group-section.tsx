import { Box, Stack, Typography } from '@mui/material';
import { useId } from 'react';
import type { VoteGroup } from './vote-group.js';
import { VoteItem } from './vote-item.js';

const CATEGORY_NAMES: Readonly<Record<string, string>> = {
  technical: 'Technical',
  risk: 'Risk',
  options: 'Options',
  sentiment: 'Sentiment',
  ml: 'Machine learning',
  external: 'External',
};

/** The agents of one category: who voted what (heaviest first), then who abstained or was excluded and why. */
export function VoteGroupSection({ group }: { readonly group: VoteGroup }) {
  const headingId = useId();
  const name = CATEGORY_NAMES[group.category] ?? group.category;
  const weights = (['BUY', 'SELL', 'HOLD'] as const).filter((action) => group.weightByAction[action] > 0).map((action) => `${action} ${group.weightByAction[action].toFixed(2)}`);
  return (
    <Box component="section" aria-labelledby={headingId} data-category={group.category}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography variant="subtitle2" component="h4" id={headingId}>
          {name} agents
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {group.voted.length} voted{group.abstained.length > 0 && ` · ${group.abstained.length} abstained`}
          {group.excluded.length > 0 && ` · ${group.excluded.length} excluded`}
          {weights.length > 0 && ` · weight ${weights.join(', ')}`}
        </Typography>
      </Stack>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {[...group.voted, ...group.abstained, ...group.excluded].map((vote) => (
          <VoteItem key={vote.agent} vote={vote} />
        ))}
      </Box>
    </Box>
  );
}
