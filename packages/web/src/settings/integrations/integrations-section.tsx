import { Divider, Stack, Typography } from '@mui/material';
import { roleAtLeast } from '../../auth/role-at-least.js';
import { useSessionStore } from '../../auth/session-store.js';
import { SettingsSection } from '../settings-section.js';
import { TelegramLink } from './telegram-link.js';
import { TradingViewHooks } from './tradingview-hooks.js';

/** Settings → Integrations: the Telegram bot link (everyone) and TradingView webhooks (traders and admins). */
export function IntegrationsSection() {
  const role = useSessionStore((state) => state.user?.role);
  return (
    <SettingsSection title="Integrations" description="Get alerts and ask for signals in Telegram; feed TradingView alerts into the consensus as votes.">
      <Stack spacing={2}>
        <Stack spacing={1}>
          <Typography variant="subtitle1" component="h3">
            Telegram
          </Typography>
          <TelegramLink />
        </Stack>
        {roleAtLeast(role, 'trader') && (
          <>
            <Divider />
            <Stack spacing={1}>
              <Typography variant="subtitle1" component="h3">
                TradingView
              </Typography>
              <TradingViewHooks />
            </Stack>
          </>
        )}
      </Stack>
    </SettingsSection>
  );
}
