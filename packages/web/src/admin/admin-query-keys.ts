/** The query keys of the admin page, shared so a change in one section refreshes what it affects in another. */
export const ADMIN_QUERY_KEYS = {
  users: ['admin', 'users'],
  invites: ['admin', 'invites'],
  auditLog: ['admin', 'audit-log'],
  agents: ['agents'],
  ready: ['system', 'ready'],
  metrics: ['system', 'metrics'],
} as const;
