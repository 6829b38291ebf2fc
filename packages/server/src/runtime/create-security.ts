import type { ServerConfig } from '../config/server-config.js';
import { AccountService, type EndedAccess } from '../security/accounts/account-service.js';
import { AuditTrail } from '../security/accounts/audit-trail.js';
import { CredentialChecker } from '../security/accounts/credential-checker.js';
import { AccessTokens } from '../security/credentials/access-tokens.js';
import { loadOrCreateAuthSecret } from '../security/credentials/auth-secret.js';
import { PasswordHasher } from '../security/credentials/password-hasher.js';
import { RefreshTokenService } from '../security/credentials/refresh-token-service.js';
import { LoginThrottle } from '../security/limits/login-throttle.js';
import type { LoginThrottling } from '../security/limits/login-throttling.js';
import type { Database } from '../storage/database.js';

/** The security services of a server and the way to follow ended access (to close WebSockets). */
export interface ServerSecurity {
  readonly accounts: AccountService;
  readonly credentials: CredentialChecker;
  readonly audit: AuditTrail;
  /** Adds a listener told when sessions, an account's access or a key end. */
  onAccessEnded(listener: (ended: EndedAccess) => void): void;
}

/**
 * Builds accounts, tokens and credential checks from the config (the signing secret generated once under DATA_DIR).
 * `throttle` replaces the in-process login throttle (scaled out: one shared by the nodes in Redis).
 */
export async function createSecurity(config: ServerConfig, database: Database, now?: () => number, throttle?: LoginThrottling): Promise<ServerSecurity> {
  const secret = await loadOrCreateAuthSecret({ configured: config.jwtSecret, dataDir: config.dataDir });
  const accessTokens = new AccessTokens({ secret, ttlSeconds: config.accessTokenTtlSeconds, now });
  const refreshTokens = new RefreshTokenService(database, { now });
  const credentials = new CredentialChecker({ database, accessTokens, refreshTokens, now });
  const listeners: ((ended: EndedAccess) => void)[] = [];
  const audit = new AuditTrail(database);
  const accounts = new AccountService({
    database,
    hasher: new PasswordHasher(),
    accessTokens,
    refreshTokens,
    throttle: throttle ?? new LoginThrottle({ now }),
    audit,
    registration: config.registration,
    now,
    onUserChanged: (userId) => credentials.forgetUser(userId),
    onAccessEnded: (ended) => {
      if ('sessionId' in ended) credentials.forgetSession(ended.sessionId);
      else if ('apiKeyId' in ended) credentials.forgetKeys();
      else credentials.forgetUser(ended.userId);
      for (const listener of listeners) listener(ended);
    },
  });
  return { accounts, credentials, audit, onAccessEnded: (listener) => listeners.push(listener) };
}
