import { Alert, Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography, useMediaQuery, useTheme } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { apiRequest } from '../api/api-client.js';
import type { ApiError } from '../api/api-error.js';
import type { AccountRole } from '../auth/session.js';
import { formatDateTime } from '../settings/format-date-time.js';
import { usePreferences } from '../settings/preferences-store.js';
import { SettingsSection } from '../settings/settings-section.js';
import { ADMIN_QUERY_KEYS } from './admin-query-keys.js';
import type { InviteView } from './invite-view.js';

const EXPIRIES = [
  { hours: 24, label: '1 day' },
  { hours: 24 * 7, label: '7 days' },
  { hours: 24 * 30, label: '30 days' },
] as const;

interface NewInvite {
  readonly role: AccountRole;
  readonly email?: string;
  readonly expiresInHours: number;
}

function inviteState(invite: InviteView, now: number): string {
  if (invite.usedAt !== null) return 'used';
  return Date.parse(invite.expiresAt) <= now ? 'expired' : 'open';
}

/** Invitations (when registration is by invite): create one (its code shown once) and see which were used. */
export function InvitesSection() {
  const client = useQueryClient();
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'));
  const timeZone = usePreferences((state) => state.timeZone);
  const [role, setRole] = useState<AccountRole>('viewer');
  const [email, setEmail] = useState('');
  const [hours, setHours] = useState<number>(24 * 7);
  const invites = useQuery({ queryKey: ADMIN_QUERY_KEYS.invites, queryFn: () => apiRequest<InviteView[]>('GET', '/admin/invites') });
  const create = useMutation<{ code: string; invite: InviteView }, ApiError, NewInvite>({
    mutationFn: (input) => apiRequest('POST', '/admin/invites', input),
    onSuccess: () => {
      setEmail('');
      return Promise.all([client.invalidateQueries({ queryKey: ADMIN_QUERY_KEYS.invites }), client.invalidateQueries({ queryKey: ADMIN_QUERY_KEYS.auditLog })]);
    },
  });
  const now = Date.now();

  function submit(event: FormEvent): void {
    event.preventDefault();
    create.mutate({ role, expiresInHours: hours, ...(email.trim() === '' ? {} : { email: email.trim() }) });
  }

  return (
    <SettingsSection title="Invitations" description="Used when registration is by invitation: the person registers with the code and gets its role.">
      <Stack spacing={2}>
        <Box component="form" onSubmit={submit} aria-label="Create an invitation">
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
            <TextField size="small" select label="Invitation role" value={role} onChange={(event) => setRole(event.target.value as AccountRole)} slotProps={{ select: { native: true } }} sx={{ minWidth: 150 }}>
              <option value="viewer">viewer</option>
              <option value="trader">trader</option>
              <option value="admin">admin</option>
            </TextField>
            <TextField size="small" type="email" label="For e-mail (optional)" value={email} onChange={(event) => setEmail(event.target.value)} autoComplete="off" />
            <TextField size="small" select label="Valid for" value={hours} onChange={(event) => setHours(Number(event.target.value))} slotProps={{ select: { native: true } }} sx={{ minWidth: 120 }}>
              {EXPIRIES.map((option) => (
                <option key={option.hours} value={option.hours}>
                  {option.label}
                </option>
              ))}
            </TextField>
            <Button type="submit" variant="contained" disabled={create.isPending}>
              Create invitation
            </Button>
          </Stack>
        </Box>
        {create.isError && (
          <Alert severity="error" role="alert">
            {create.error.message}
          </Alert>
        )}
        {create.isSuccess && (
          <Alert severity="success" role="status" aria-label="New invitation code" onClose={() => create.reset()}>
            Invitation code for a {create.data.invite.role}: <strong data-invite-code>{create.data.code}</strong>. Copy it now: you will not see it again.
          </Alert>
        )}
        {invites.isPending && <Typography color="text.secondary">Loading invitations…</Typography>}
        {invites.isError && (
          <Alert severity="error" role="alert">
            {invites.error.message}
          </Alert>
        )}
        {invites.isSuccess && invites.data.length === 0 && <Typography color="text.secondary">No invitations yet.</Typography>}
        {invites.isSuccess && invites.data.length > 0 && (
          <Table size="small" aria-label="Invitations">
            <TableHead>
              <TableRow>
                <TableCell>Role</TableCell>
                <TableCell>For</TableCell>
                <TableCell>State</TableCell>
                {!phone && <TableCell>Created</TableCell>}
                <TableCell>Expires</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {invites.data.map((invite) => (
                <TableRow key={invite.id}>
                  <TableCell>{invite.role}</TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{invite.email ?? 'anyone'}</TableCell>
                  <TableCell>{invite.usedAt === null ? inviteState(invite, now) : `used ${formatDateTime(invite.usedAt, timeZone)}`}</TableCell>
                  {!phone && <TableCell>{formatDateTime(invite.createdAt, timeZone)}</TableCell>}
                  <TableCell>{formatDateTime(invite.expiresAt, timeZone)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Stack>
    </SettingsSection>
  );
}
