import { Divider, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { roleAtLeast } from '../../auth/role-at-least.js';
import { useSessionStore } from '../../auth/session-store.js';
import { SettingsSection } from '../settings-section.js';
import { BarsImport } from './bars-import.js';
import { ExportPanel } from './export-panel.js';
import { FeedTokenPanel } from './feed-token-panel.js';
import { WatchlistImport } from './watchlist-import.js';

function Part({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1" component="h3">
        {title}
      </Typography>
      {children}
    </Stack>
  );
}

/** Settings → Import & export: bars (traders and admins) and watchlists in from CSV; signals, scorecard, trades and backtests out; the signal feed. */
export function DataTransferSection() {
  const trader = roleAtLeast(useSessionStore((state) => state.user?.role), 'trader');
  return (
    <SettingsSection title="Import & export" description="Bring your own price history and watchlists in; take signals, results and trades out as CSV or JSON, or follow signals in a feed reader.">
      <Stack spacing={2} divider={<Divider />}>
        {trader && (
          <Part title="Import bars">
            <BarsImport />
          </Part>
        )}
        <Part title="Import watchlists">
          <WatchlistImport />
        </Part>
        <Part title="Export">
          <ExportPanel trader={trader} />
        </Part>
        <Part title="Signal feed (RSS / Atom)">
          <FeedTokenPanel />
        </Part>
      </Stack>
    </SettingsSection>
  );
}
