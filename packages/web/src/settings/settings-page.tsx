import { Stack, Typography } from '@mui/material';
import { roleAtLeast } from '../auth/role-at-least.js';
import { useSessionStore } from '../auth/session-store.js';
import { ApiKeysSection } from './api-keys-section.js';
import { NotificationChannelsSection } from './channels/notification-channels-section.js';
import { LazyDataTransferSection } from './data-transfer/lazy-data-transfer-section.js';
import { LazyIntegrationsSection } from './integrations/lazy-integrations-section.js';
import { PasswordSection } from './password-section.js';
import { PreferencesSection } from './preferences-section.js';
import { WatchlistsSection } from './watchlists-section.js';

/** The account's own settings: watchlists, API keys and notification channels (traders and admins), integrations, import and export, password, display preferences. */
export function SettingsPage() {
  const user = useSessionStore((state) => state.user);
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        Settings
      </Typography>
      <WatchlistsSection />
      {user !== null && roleAtLeast(user.role, 'trader') && <ApiKeysSection role={user.role} />}
      {user !== null && roleAtLeast(user.role, 'trader') && <NotificationChannelsSection />}
      <LazyIntegrationsSection />
      <LazyDataTransferSection />
      <PasswordSection />
      <PreferencesSection />
    </Stack>
  );
}
