import { Typography } from '@mui/material';
import type { SignalView } from '../signals/signal-view.js';
import { outcomeLabel } from './outcome-label.js';

const COLOR = { gain: 'success.main', loss: 'error.main', neutral: 'text.secondary' } as const;

/** A signal's outcome, green for a gain and red for a loss. */
export function OutcomeText({ signal }: { readonly signal: Pick<SignalView, 'action' | 'outcome'> }) {
  const { text, tone } = outcomeLabel(signal);
  return (
    <Typography component="span" variant="body2" sx={{ color: COLOR[tone], whiteSpace: 'nowrap' }}>
      {text}
    </Typography>
  );
}
