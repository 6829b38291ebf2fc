import { Chip } from '@mui/material';
import { useConnectionState } from '../live/connection-state.js';

const LOOK = {
  live: { label: 'Live', color: 'success' },
  connecting: { label: 'Connecting…', color: 'default' },
  reconnecting: { label: 'Reconnecting…', color: 'warning' },
  offline: { label: 'Offline', color: 'error' },
} as const;

/** The shared WebSocket's state, always visible: a trader must know whether the screen is live. */
export function ConnectionIndicator() {
  const state = useConnectionState((store) => store.state);
  const look = LOOK[state];
  return <Chip size="small" label={look.label} color={look.color} aria-label={`Live updates: ${look.label}`} data-connection={state} />;
}
