import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useState, type FocusEvent, type FormEvent } from 'react';
import type { AccountRole } from '../auth/session.js';
import type { CreatedApiKey } from './created-api-key.js';
import type { NewApiKey } from './new-api-key.js';
import { rolesUpTo } from './roles-up-to.js';

const EXPIRIES = [
  { value: 'never', label: 'Never', days: null },
  { value: '30', label: 'In 30 days', days: 30 },
  { value: '90', label: 'In 90 days', days: 90 },
  { value: '365', label: 'In a year', days: 365 },
] as const;

const DAY_MS = 86_400_000;

/**
 * Creates an API key (name, role up to the caller's, optional expiry) and shows the new key once, with a copy
 * button: it is not kept anywhere, so leaving this notice is the last chance to copy it.
 */
export function ApiKeyCreator({ maxRole, onCreate }: { readonly maxRole: AccountRole; readonly onCreate: (input: NewApiKey) => Promise<CreatedApiKey> }) {
  const roles = rolesUpTo(maxRole);
  const [name, setName] = useState('');
  const [role, setRole] = useState<AccountRole>(maxRole);
  const [expiry, setExpiry] = useState<string>('never');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (name.trim() === '') return;
    const days = EXPIRIES.find((option) => option.value === expiry)?.days ?? null;
    setPending(true);
    setError(null);
    try {
      const answer = await onCreate({ name: name.trim(), role, ...(days === null ? {} : { expiresAt: new Date(Date.now() + days * DAY_MS).toISOString() }) });
      setCreated(answer);
      setCopied(null);
      setName('');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setPending(false);
    }
  }

  async function copy(key: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(key);
      setCopied(true);
    } catch {
      // No clipboard (plain http, denied permission): the field stays selectable by hand.
      setCopied(false);
    }
  }

  if (created !== null) {
    return (
      <Alert severity="success" role="status" aria-label="New API key" sx={{ '& .MuiAlert-message': { width: '100%' } }}>
        <Typography variant="subtitle2" gutterBottom>
          Key “{created.apiKey.name}” created ({created.apiKey.role})
        </Typography>
        <Typography variant="body2" gutterBottom>
          Copy it now: you will not see it again. Programs send it as <code>Authorization: Bearer &lt;key&gt;</code>.
        </Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' }, mt: 1 }}>
          <TextField
            size="small"
            label="API key"
            value={created.key}
            fullWidth
            slotProps={{ htmlInput: { readOnly: true, 'data-api-key': 'new', onFocus: (event: FocusEvent<HTMLInputElement>) => event.currentTarget.select() } }}
          />
          <Button variant="outlined" onClick={() => void copy(created.key)}>
            {copied === true ? 'Copied' : 'Copy'}
          </Button>
          <Button variant="contained" onClick={() => setCreated(null)}>
            Done
          </Button>
        </Stack>
        {copied === false && (
          <Typography variant="caption" role="alert">
            The browser refused the clipboard: select the key and copy it by hand.
          </Typography>
        )}
      </Alert>
    );
  }

  return (
    <Box component="form" onSubmit={(event: FormEvent) => void submit(event)} aria-label="Create an API key">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
        <TextField size="small" label="Key name" value={name} onChange={(event) => setName(event.target.value)} required slotProps={{ htmlInput: { maxLength: 100 } }} />
        <TextField size="small" select label="Role" value={role} onChange={(event) => setRole(event.target.value as AccountRole)} slotProps={{ select: { native: true } }} sx={{ minWidth: 120 }}>
          {roles.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </TextField>
        <TextField size="small" select label="Expires" value={expiry} onChange={(event) => setExpiry(event.target.value)} slotProps={{ select: { native: true } }} sx={{ minWidth: 140 }}>
          {EXPIRIES.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </TextField>
        <Button type="submit" variant="contained" disabled={pending || name.trim() === ''}>
          Create key
        </Button>
      </Stack>
      {error !== null && (
        <Alert severity="error" role="alert" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
    </Box>
  );
}
