import { Stack, Typography } from '@mui/material';
import { roleAtLeast } from '../auth/role-at-least.js';
import { useSessionStore } from '../auth/session-store.js';
import { AgentsPanel } from './agents-panel.js';
import { BacktestPanel } from './backtest-panel.js';
import { ScorecardPanel } from './scorecard-panel.js';

/** Analytics: the agent leaderboard with weight history, the signal scorecard, and (traders, admins) the backtest runner. */
export function AnalyticsPage() {
  const role = useSessionStore((state) => state.user?.role);
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        Analytics
      </Typography>
      <ScorecardPanel />
      <AgentsPanel />
      {roleAtLeast(role, 'trader') && <BacktestPanel />}
    </Stack>
  );
}
