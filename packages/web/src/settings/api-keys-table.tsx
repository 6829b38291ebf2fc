import { Button, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography, useMediaQuery, useTheme } from '@mui/material';
import { useState } from 'react';
import { apiKeyStatus } from './api-key-status.js';
import type { ApiKeyView } from './api-key-view.js';
import { formatDateTime } from './format-date-time.js';

interface ApiKeysTableProps {
  readonly keys: readonly ApiKeyView[];
  readonly timeZone: string;
  readonly onRevoke: (key: ApiKeyView) => void;
  /** The key being revoked right now, if any. */
  readonly revokingId: string | null;
}

function StatusChip({ status }: { readonly status: ReturnType<typeof apiKeyStatus> }) {
  return <Chip size="small" label={status} color={status === 'active' ? 'success' : 'default'} variant="outlined" />;
}

/** The caller's API keys (prefix, role, last use, expiry) with a revoke that asks once more; cards on a phone. */
export function ApiKeysTable({ keys, timeZone, onRevoke, revokingId }: ApiKeysTableProps) {
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'));
  const [confirming, setConfirming] = useState<string | null>(null);
  const now = Date.now();
  if (keys.length === 0) return <Typography color="text.secondary">No API keys yet. Programs that call the API need one.</Typography>;

  function revokeControl(key: ApiKeyView) {
    if (apiKeyStatus(key, now) === 'revoked') return null;
    if (confirming === key.id)
      return (
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          <Button size="small" color="error" variant="contained" disabled={revokingId === key.id} onClick={() => onRevoke(key)} aria-label={`Confirm revoking ${key.name}`}>
            Revoke now
          </Button>
          <Button size="small" onClick={() => setConfirming(null)} aria-label={`Keep ${key.name}`}>
            Keep
          </Button>
        </Stack>
      );
    return (
      <Button size="small" color="error" onClick={() => setConfirming(key.id)} aria-label={`Revoke ${key.name}`}>
        Revoke
      </Button>
    );
  }

  if (phone)
    return (
      <Stack spacing={1} aria-label="API keys" role="list">
        {keys.map((key) => (
          <Card key={key.id} variant="outlined" role="listitem" data-api-key-id={key.id}>
            <CardContent sx={{ '&:last-child': { pb: 1.5 } }}>
              <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
                <Typography variant="subtitle2">{key.name}</Typography>
                <StatusChip status={apiKeyStatus(key, now)} />
              </Stack>
              <Typography variant="body2" color="text.secondary">
                gs_{key.prefix}_… · {key.role}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                Last used {formatDateTime(key.lastUsedAt, timeZone)} · expires {key.expiresAt === null ? 'never' : formatDateTime(key.expiresAt, timeZone)}
              </Typography>
              <Stack direction="row" sx={{ justifyContent: 'flex-end', mt: 0.5 }}>
                {revokeControl(key)}
              </Stack>
            </CardContent>
          </Card>
        ))}
      </Stack>
    );

  return (
    <Table size="small" aria-label="API keys">
      <TableHead>
        <TableRow>
          <TableCell>Name</TableCell>
          <TableCell>Prefix</TableCell>
          <TableCell>Role</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Created</TableCell>
          <TableCell>Last used</TableCell>
          <TableCell>Expires</TableCell>
          <TableCell align="right" />
        </TableRow>
      </TableHead>
      <TableBody>
        {keys.map((key) => (
          <TableRow key={key.id} hover data-api-key-id={key.id}>
            <TableCell>{key.name}</TableCell>
            <TableCell>gs_{key.prefix}_…</TableCell>
            <TableCell>{key.role}</TableCell>
            <TableCell>
              <StatusChip status={apiKeyStatus(key, now)} />
            </TableCell>
            <TableCell>{formatDateTime(key.createdAt, timeZone)}</TableCell>
            <TableCell>{formatDateTime(key.lastUsedAt, timeZone)}</TableCell>
            <TableCell>{key.expiresAt === null ? 'never' : formatDateTime(key.expiresAt, timeZone)}</TableCell>
            <TableCell align="right">{revokeControl(key)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
