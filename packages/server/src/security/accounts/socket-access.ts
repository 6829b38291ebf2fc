import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../storage/database.js';
import { PortfolioRepository } from '../../storage/repositories/portfolio-repository.js';
import type { Principal } from '../../ws/websocket-hub-options.js';
import type { CredentialChecker } from './credential-checker.js';

/** Who a WebSocket connection authenticated as: its session (or key), account and role. */
export interface SocketPrincipal extends Principal {
  readonly userId: string;
  readonly role: Caller['role'];
  readonly sessionId?: string;
  readonly apiKeyId?: string;
}

/** The hub's `authenticate` and `canSubscribe` hooks. */
export interface SocketAccess {
  authenticate(token: string): Promise<SocketPrincipal | null>;
  canSubscribe(principal: SocketPrincipal | null, channel: string): boolean | Promise<boolean>;
}

const PORTFOLIO_PREFIX = 'portfolio:';

/**
 * WebSocket access, the same as REST's: a token or API key at connect; every channel needs an account (as every
 * read route needs a viewer); a `portfolio:<id>` channel only its owner, as over REST (where others, admins
 * included, get 404).
 */
export function createSocketAccess(credentials: CredentialChecker, database: Database): SocketAccess {
  const portfolios = new PortfolioRepository(database.db);
  return {
    async authenticate(token) {
      const caller = await credentials.callerOfToken(token);
      if (caller === null || caller.userId === null) return null;
      const id = caller.apiKeyId !== undefined ? `key:${caller.apiKeyId}` : `session:${caller.sessionId ?? caller.userId}`;
      return { id, userId: caller.userId, role: caller.role, sessionId: caller.sessionId, apiKeyId: caller.apiKeyId };
    },
    canSubscribe(principal, channel) {
      if (principal === null) return false;
      if (!channel.startsWith(PORTFOLIO_PREFIX)) return true;
      return portfolios.byId(channel.slice(PORTFOLIO_PREFIX.length)).then((portfolio) => portfolio !== null && portfolio.userId === principal.userId);
    },
  };
}
