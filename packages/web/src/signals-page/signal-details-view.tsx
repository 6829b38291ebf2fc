import { Box, Button, Chip, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { ActionChip } from '../signals/action-chip.js';
import { formatPrice } from '../signals/format-price.js';
import { formatBarTime } from './format-bar-time.js';
import { formatPercent } from './format-percent.js';
import { groupVotes } from './group-votes.js';
import { OutcomeText } from './outcome-text.js';
import type { SignalDetails } from './signal-details.js';
import { VoteGroupSection } from './vote-group-section.js';

function Figure({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="dt">
        {label}
      </Typography>
      <Typography variant="body2" component="dd" sx={{ m: 0 }}>
        {children}
      </Typography>
    </Box>
  );
}

/** A signal's figures, summary and every agent's vote by category; `onShowHistory` opens the symbol's recent signals. */
export function SignalDetailsView({ details, onShowHistory }: { readonly details: SignalDetails; readonly onShowHistory: (symbol: string) => void }) {
  const { signal, votes, feedback } = details;
  const groups = groupVotes(votes);
  const counted = votes.filter((vote) => vote.status === 'voted').length;
  const abstained = votes.filter((vote) => vote.status === 'abstained').length;
  const excluded = votes.length - counted - abstained;
  return (
    <Stack spacing={2} data-signal-details={signal.id}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Typography variant="h6" component="h3">
          {signal.symbol}{' '}
          <Typography component="span" variant="body2" color="text.secondary">
            {signal.timeframe} · {formatBarTime(signal.time)}
          </Typography>
        </Typography>
        <ActionChip action={signal.action} />
        {signal.simulated && <Chip size="small" variant="outlined" color="warning" label="Simulated" />}
      </Stack>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(110px, 1fr))', gap: 1.5, m: 0 }}>
        <Figure label="Confidence">{formatPercent(signal.confidence)}</Figure>
        <Figure label="Consensus strength">{formatPercent(signal.consensusStrength)}</Figure>
        <Figure label="Risk">{signal.riskLevel}</Figure>
        <Figure label="Position size">{formatPercent(signal.positionSize)} of equity</Figure>
        <Figure label="Entry">{formatPrice(signal.entry)}</Figure>
        <Figure label="Stop">{formatPrice(signal.stopLoss)}</Figure>
        <Figure label="Target">{formatPrice(signal.takeProfit)}</Figure>
        <Figure label="Expires">{formatBarTime(signal.expiresAt)}</Figure>
        <Figure label="Outcome">
          <OutcomeText signal={signal} />
        </Figure>
        {feedback.count !== undefined && feedback.count > 0 && typeof feedback.averageRating === 'number' && (
          <Figure label="Feedback">
            {feedback.averageRating.toFixed(1)}/5 ({feedback.count})
          </Figure>
        )}
      </Box>
      <Typography variant="body2">{signal.summary}</Typography>
      <Box>
        <Button size="small" variant="outlined" onClick={() => onShowHistory(signal.symbol)}>
          History of {signal.symbol}
        </Button>
      </Box>
      <Stack spacing={1.5}>
        <Stack direction="row" sx={{ alignItems: 'baseline', justifyContent: 'space-between' }}>
          <Typography variant="subtitle1" component="h3">
            Agent votes
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {counted} voted · {abstained} abstained · {excluded} excluded
          </Typography>
        </Stack>
        {groups.length === 0 ? <Typography color="text.secondary">No agent votes were stored with this signal.</Typography> : groups.map((group) => <VoteGroupSection key={group.category} group={group} />)}
      </Stack>
    </Stack>
  );
}
