import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import { useState, type FocusEvent } from 'react';
import { SignatureHelp } from './signature-help.js';

/**
 * A new webhook's signing secret, shown once with a copy button: the server keeps it only to sign, never shows it
 * again, so leaving this notice is the last chance to copy it.
 */
export function WebhookSecretNotice({ name, secret, onDone }: { readonly name: string; readonly secret: string; readonly onDone: () => void }) {
  const [copied, setCopied] = useState<boolean | null>(null);

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      // No clipboard (plain http, denied permission): the field stays selectable by hand.
      setCopied(false);
    }
  }

  return (
    <Alert severity="success" role="status" aria-label="Webhook signing secret" sx={{ '& .MuiAlert-message': { width: '100%' } }}>
      <Typography variant="subtitle2" gutterBottom>
        Webhook “{name}” added
      </Typography>
      <Typography variant="body2" gutterBottom>
        Copy it now: it is not shown again. Your receiver needs this secret to check that requests come from GoldenSignals.
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' }, my: 1 }}>
        <TextField
          size="small"
          label="Signing secret"
          value={secret}
          fullWidth
          slotProps={{ htmlInput: { readOnly: true, spellCheck: false, onFocus: (event: FocusEvent<HTMLInputElement>) => event.currentTarget.select() } }}
        />
        <Button variant="outlined" onClick={() => void copy()}>
          {copied === true ? 'Copied' : 'Copy'}
        </Button>
        <Button variant="contained" onClick={onDone}>
          Done
        </Button>
      </Stack>
      {copied === false && (
        <Typography variant="caption" role="alert" component="p">
          The browser refused the clipboard: select the secret and copy it by hand.
        </Typography>
      )}
      <SignatureHelp />
    </Alert>
  );
}
