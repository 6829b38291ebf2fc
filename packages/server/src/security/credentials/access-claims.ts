import type { UserRole } from '../../storage/schema/users.js';

/** What a verified access token says. */
export interface AccessClaims {
  readonly userId: string;
  readonly role: UserRole;
  /** The login session (refresh-token family) the token was issued for, so revoking it can be checked. */
  readonly sessionId: string;
  readonly issuedAt: Date;
  readonly expiresAt: Date;
  /** The token's own id (`jti`). */
  readonly tokenId: string;
}
