import { Alert, Stack, Typography } from '@mui/material';
import { roleAtLeast } from '../auth/role-at-least.js';
import { useSessionStore } from '../auth/session-store.js';
import { AgentsSection } from './agents-section.js';
import { AuditLogSection } from './audit-log-section.js';
import { InvitesSection } from './invites-section.js';
import { SystemStatusSection } from './system-status-section.js';
import { UsersSection } from './users-section.js';

/** The admin's page: system status, users and roles, audit log, invitations, agents. */
export function AdminPage() {
  const role = useSessionStore((state) => state.user?.role);
  if (!roleAtLeast(role, 'admin'))
    return (
      <Alert severity="warning" role="alert">
        Only admins can open this page.
      </Alert>
    );
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        Admin
      </Typography>
      <SystemStatusSection />
      <UsersSection />
      <AuditLogSection />
      <InvitesSection />
      <AgentsSection />
    </Stack>
  );
}
