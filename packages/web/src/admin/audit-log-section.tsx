import { Alert, Button, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography, useMediaQuery, useTheme } from '@mui/material';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api/api-client.js';
import { formatDateTime } from '../settings/format-date-time.js';
import { usePreferences } from '../settings/preferences-store.js';
import { SettingsSection } from '../settings/settings-section.js';
import type { AccountView } from './account-view.js';
import { ADMIN_QUERY_KEYS } from './admin-query-keys.js';
import type { AuditEntryView } from './audit-entry-view.js';
import { describeAuditDetails } from './describe-audit-details.js';

const PAGE_SIZE = 50;

/** Security and admin events, newest first, a page at a time (`before` = the oldest id shown). */
export function AuditLogSection() {
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'));
  const timeZone = usePreferences((state) => state.timeZone);
  // The users section loads the same list: shared, so naming accounts costs no extra request.
  const accounts = useQuery({ queryKey: ADMIN_QUERY_KEYS.users, queryFn: () => apiRequest<AccountView[]>('GET', '/admin/users') });
  const log = useInfiniteQuery({
    queryKey: ADMIN_QUERY_KEYS.auditLog,
    queryFn: ({ pageParam }) => apiRequest<AuditEntryView[]>('GET', `/admin/audit-log?limit=${PAGE_SIZE}${pageParam === undefined ? '' : `&before=${pageParam}`}`),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.length < PAGE_SIZE ? undefined : last[last.length - 1]?.id),
  });
  const emails = new Map((accounts.data ?? []).map((account) => [account.id, account.email]));
  const entries = log.data?.pages.flat() ?? [];
  const who = (entry: AuditEntryView) => (entry.userId === null ? '–' : (emails.get(entry.userId) ?? entry.userId));

  return (
    <SettingsSection title="Audit log" description="Security and admin events, newest first.">
      <Stack spacing={1}>
        <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
          <Button size="small" onClick={() => void log.refetch()} disabled={log.isFetching}>
            Refresh
          </Button>
        </Stack>
        {log.isPending && <Typography color="text.secondary">Loading the audit log…</Typography>}
        {log.isError && (
          <Alert severity="error" role="alert">
            {log.error.message}
          </Alert>
        )}
        {log.isSuccess && entries.length === 0 && <Typography color="text.secondary">No events recorded yet.</Typography>}
        {entries.length > 0 &&
          (phone ? (
            <Stack spacing={1} role="list" aria-label="Audit log entries">
              {entries.map((entry) => (
                <Card key={entry.id} variant="outlined" role="listitem" data-audit-event={entry.event}>
                  <CardContent sx={{ '&:last-child': { pb: 1.5 } }}>
                    <Typography variant="subtitle2">{entry.event}</Typography>
                    <Typography variant="caption" color="text.secondary" component="div">
                      {formatDateTime(entry.time, timeZone)} · {who(entry)}
                    </Typography>
                    <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                      {describeAuditDetails(entry.details, emails)}
                    </Typography>
                  </CardContent>
                </Card>
              ))}
            </Stack>
          ) : (
            <Table size="small" aria-label="Audit log entries">
              <TableHead>
                <TableRow>
                  <TableCell>Time</TableCell>
                  <TableCell>Event</TableCell>
                  <TableCell>By</TableCell>
                  <TableCell>Details</TableCell>
                  <TableCell>IP</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {entries.map((entry) => (
                  <TableRow key={entry.id} hover data-audit-event={entry.event}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.time, timeZone)}</TableCell>
                    <TableCell>{entry.event}</TableCell>
                    <TableCell>{who(entry)}</TableCell>
                    <TableCell sx={{ overflowWrap: 'anywhere' }}>{describeAuditDetails(entry.details, emails)}</TableCell>
                    <TableCell>{entry.ip ?? '–'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ))}
        {log.hasNextPage && (
          <Button onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage} sx={{ alignSelf: 'center' }}>
            {log.isFetchingNextPage ? 'Loading…' : 'Load older events'}
          </Button>
        )}
      </Stack>
    </SettingsSection>
  );
}
