import { Button, Stack, TextField, Typography } from '@mui/material';
import { useState, type FocusEvent } from 'react';

/** A read-only value with a Copy button (a hook URL, a feed URL, a message template); selectable by hand without a clipboard. */
export function CopyableText({ label, value, multiline = false }: { readonly label: string; readonly value: string; readonly multiline?: boolean }) {
  const [copied, setCopied] = useState<boolean | null>(null);

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // No clipboard (plain http, denied permission): the field stays selectable by hand.
      setCopied(false);
    }
  }

  return (
    <Stack spacing={0.5}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
        <TextField
          size="small"
          label={label}
          value={value}
          fullWidth
          multiline={multiline}
          slotProps={{ htmlInput: { readOnly: true, spellCheck: false, onFocus: (event: FocusEvent<HTMLInputElement>) => event.currentTarget.select() } }}
          sx={multiline ? { '& textarea': { fontFamily: 'monospace', fontSize: '0.8rem' } } : { '& input': { fontFamily: 'monospace' } }}
        />
        <Button variant="outlined" onClick={() => void copy()} aria-label={`Copy ${label}`} sx={{ whiteSpace: 'nowrap' }}>
          {copied === true ? 'Copied' : 'Copy'}
        </Button>
      </Stack>
      {copied === false && (
        <Typography variant="caption" role="alert" component="p" sx={{ m: 0 }}>
          The browser refused the clipboard: select the text and copy it by hand.
        </Typography>
      )}
    </Stack>
  );
}
