import { Chip } from '@mui/material';
import type { AutoFollowDecision } from './auto-follow-decision.js';

const COLOR = { ordered: 'success', skipped: 'default', failed: 'error' } as const;

/** ordered / skipped / failed as a coloured chip. */
export function DecisionOutcomeChip({ outcome }: { readonly outcome: AutoFollowDecision['outcome'] }) {
  return <Chip size="small" label={outcome} color={COLOR[outcome]} variant={outcome === 'skipped' ? 'outlined' : 'filled'} />;
}
