/** Names of the audit log's security events (stable: dashboards and alerts filter on them). */
export const SECURITY_EVENTS = {
  registered: 'auth.registered',
  loginSucceeded: 'auth.login.succeeded',
  loginFailed: 'auth.login.failed',
  loginThrottled: 'auth.login.throttled',
  refreshReused: 'auth.refresh.reused',
  loggedOut: 'auth.logout',
  passwordChanged: 'auth.password.changed',
  passwordReset: 'admin.password.reset',
  roleChanged: 'admin.role.changed',
  userDisabled: 'admin.user.disabled',
  userEnabled: 'admin.user.enabled',
  userCreated: 'admin.user.created',
  inviteCreated: 'admin.invite.created',
  apiKeyCreated: 'api_key.created',
  apiKeyRevoked: 'api_key.revoked',
  agentChanged: 'admin.agent.changed',
} as const;

/** One of {@link SECURITY_EVENTS}. */
export type SecurityEvent = (typeof SECURITY_EVENTS)[keyof typeof SECURITY_EVENTS];
