import { Button, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography, useMediaQuery, useTheme } from '@mui/material';
import type { AccountRole } from '../auth/session.js';
import { formatDateTime } from '../settings/format-date-time.js';
import type { AccountView } from './account-view.js';
import { RoleSelect } from './role-select.js';

interface UsersTableProps {
  readonly accounts: readonly AccountView[];
  /** The signed-in admin: their own role and access are changed by another admin, never by themselves here. */
  readonly currentUserId: string | undefined;
  readonly timeZone: string;
  /** The account a change is being sent for, if any: its controls wait. */
  readonly pendingId: string | null;
  readonly onChangeRole: (account: AccountView, role: AccountRole) => void;
  readonly onSetDisabled: (account: AccountView, disabled: boolean) => void;
  readonly onResetPassword: (account: AccountView) => void;
}

/** Every account with its role control, enable/disable and password reset; cards on a phone. */
export function UsersTable({ accounts, currentUserId, timeZone, pendingId, onChangeRole, onSetDisabled, onResetPassword }: UsersTableProps) {
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'));
  if (accounts.length === 0) return <Typography color="text.secondary">No accounts.</Typography>;

  function controls(account: AccountView) {
    const self = account.id === currentUserId;
    const busy = pendingId === account.id;
    return {
      role: <RoleSelect email={account.email} role={account.role} disabled={self || busy} onChange={(role) => onChangeRole(account, role)} />,
      actions: (
        <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end', '& .MuiButton-root': { whiteSpace: 'nowrap' } }}>
          <Button size="small" onClick={() => onResetPassword(account)} aria-label={`Reset password of ${account.email}`} disabled={busy}>
            Reset password
          </Button>
          {!self && (
            <Button size="small" color={account.disabled ? 'primary' : 'error'} disabled={busy} onClick={() => onSetDisabled(account, !account.disabled)} aria-label={`${account.disabled ? 'Enable' : 'Disable'} ${account.email}`}>
              {account.disabled ? 'Enable' : 'Disable'}
            </Button>
          )}
        </Stack>
      ),
      status: account.disabled ? <Chip size="small" label="disabled" variant="outlined" /> : <Chip size="small" label="active" color="success" variant="outlined" />,
    };
  }

  if (phone)
    return (
      <Stack spacing={1} role="list" aria-label="Accounts">
        {accounts.map((account) => {
          const parts = controls(account);
          return (
            <Card key={account.id} variant="outlined" role="listitem" data-account-email={account.email}>
              <CardContent sx={{ '&:last-child': { pb: 1.5 } }}>
                <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
                  <Typography variant="subtitle2" sx={{ overflowWrap: 'anywhere' }}>
                    {account.email}
                    {account.id === currentUserId ? ' (you)' : ''}
                  </Typography>
                  {parts.status}
                </Stack>
                <Typography variant="body2" color="text.secondary">
                  Last sign-in {formatDateTime(account.lastLoginAt, timeZone)}
                </Typography>
                <Stack direction="row" sx={{ mt: 1, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}>
                  {parts.role}
                  {parts.actions}
                </Stack>
              </CardContent>
            </Card>
          );
        })}
      </Stack>
    );

  return (
    <Table size="small" aria-label="Accounts">
      <TableHead>
        <TableRow>
          <TableCell>E-mail</TableCell>
          <TableCell>Name</TableCell>
          <TableCell>Role</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Created</TableCell>
          <TableCell>Last sign-in</TableCell>
          <TableCell align="right" />
        </TableRow>
      </TableHead>
      <TableBody>
        {accounts.map((account) => {
          const parts = controls(account);
          return (
            <TableRow key={account.id} hover data-account-email={account.email}>
              <TableCell>
                {account.email}
                {account.id === currentUserId && (
                  <Typography component="span" variant="caption" color="text.secondary">
                    {' '}
                    (you)
                  </Typography>
                )}
              </TableCell>
              <TableCell>{account.name ?? '–'}</TableCell>
              <TableCell>{parts.role}</TableCell>
              <TableCell>{parts.status}</TableCell>
              <TableCell>{formatDateTime(account.createdAt, timeZone)}</TableCell>
              <TableCell>{formatDateTime(account.lastLoginAt, timeZone)}</TableCell>
              <TableCell align="right">{parts.actions}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
