import type { SignalVote } from '@goldensignals/engine';
import { Chip, Stack, Typography } from '@mui/material';
import { ActionChip } from '../signals/action-chip.js';
import { formatPercent } from './format-percent.js';

/** One agent's part: its vote (or why it did not vote), confidence, weight and reasoning. */
export function VoteItem({ vote }: { readonly vote: SignalVote }) {
  const counted = vote.status === 'voted';
  return (
    <Stack component="li" data-agent={vote.agent} data-vote-status={vote.status} spacing={0.25} sx={{ py: 0.75, borderTop: 1, borderColor: 'divider', opacity: counted ? 1 : 0.85 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="body2" sx={{ fontWeight: 600, flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
          {vote.agent}
        </Typography>
        {counted && vote.action !== null ? (
          <ActionChip action={vote.action} />
        ) : (
          <Chip size="small" variant="outlined" color={vote.status === 'excluded' ? 'warning' : 'default'} label={vote.status === 'excluded' ? 'Excluded' : 'Abstained'} />
        )}
        {counted && (
          <Typography variant="body2" color="text.secondary" sx={{ minWidth: 120, textAlign: 'right', whiteSpace: 'nowrap' }}>
            {formatPercent(vote.confidence)} · weight {vote.weight.toFixed(2)}
          </Typography>
        )}
      </Stack>
      <Typography variant="caption" color={counted ? 'text.secondary' : 'text.primary'}>
        {counted ? vote.reasoning : `Why: ${vote.reasoning}`}
      </Typography>
    </Stack>
  );
}
