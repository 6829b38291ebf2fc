import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { CopyableText } from './copyable-text.js';
import type { CreatedTradingViewHook } from './tradingview-hook-view.js';

/**
 * A new hook's URL and message template, shown once with copy buttons: the URL holds the secret, which the server
 * keeps only hashed, so leaving this notice is the last chance to copy it.
 */
export function TradingViewHookNotice({ hook, onDone }: { readonly hook: CreatedTradingViewHook; readonly onDone: () => void }) {
  return (
    <Alert severity="success" role="region" aria-label="New TradingView hook" sx={{ '& .MuiAlert-message': { width: '100%' } }}>
      <Stack spacing={1.5}>
        <Typography variant="subtitle2">Hook “{hook.name}” added</Typography>
        <Typography variant="body2">
          Copy both now: the URL is not shown again. In TradingView, open an alert → Notifications → Webhook URL and paste the URL; paste the message into the alert’s Message box.
        </Typography>
        <CopyableText label="Webhook URL" value={hook.url} />
        <CopyableText label="Alert message" value={hook.messageTemplate} multiline />
        <Box>
          <Button variant="contained" onClick={onDone}>
            Done
          </Button>
        </Box>
      </Stack>
    </Alert>
  );
}
