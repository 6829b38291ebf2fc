import { Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography, useMediaQuery, useTheme } from '@mui/material';
import { ActionChip } from '../../signals/action-chip.js';
import { DetailCard } from '../detail-card.js';
import type { AutoFollowDecision } from './auto-follow-decision.js';
import { DecisionOutcomeChip } from './decision-outcome-chip.js';

function decisionLabel(decision: AutoFollowDecision): string {
  return `${decision.action} ${decision.symbol} ${decision.outcome} at ${new Date(decision.createdAt).toLocaleString()}`;
}

/** What auto-follow did with each recent signal, newest first: when, symbol, action, outcome and why; cards on a phone. */
export function AutoFollowDecisionsView({ decisions }: { readonly decisions: readonly AutoFollowDecision[] }) {
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'));
  if (decisions.length === 0) return <Typography color="text.secondary">No decisions yet: auto-follow acts on the next signal for your symbols.</Typography>;
  if (phone) {
    return (
      <Stack spacing={1} role="list" aria-label="Recent decisions">
        {decisions.map((decision) => (
          <DetailCard
            key={decision.id}
            label={decisionLabel(decision)}
            title={
              <>
                <ActionChip action={decision.action} /> {decision.symbol}
              </>
            }
            action={<DecisionOutcomeChip outcome={decision.outcome} />}
            rows={[
              ['Time', new Date(decision.createdAt).toLocaleString()],
              ['Reason', decision.reason],
            ]}
          />
        ))}
      </Stack>
    );
  }
  return (
    <TableContainer>
      <Table size="small" aria-label="Recent decisions">
        <TableHead>
          <TableRow>
            <TableCell>Time</TableCell>
            <TableCell>Symbol</TableCell>
            <TableCell>Action</TableCell>
            <TableCell>Outcome</TableCell>
            <TableCell>Reason</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {decisions.map((decision) => (
            <TableRow key={decision.id} hover data-decision-id={decision.id} data-outcome={decision.outcome}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{new Date(decision.createdAt).toLocaleString()}</TableCell>
              <TableCell component="th" scope="row">
                {decision.symbol}
              </TableCell>
              <TableCell>
                <ActionChip action={decision.action} />
              </TableCell>
              <TableCell>
                <DecisionOutcomeChip outcome={decision.outcome} />
              </TableCell>
              <TableCell>{decision.reason}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
