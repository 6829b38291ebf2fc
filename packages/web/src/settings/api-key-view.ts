import type { AccountRole } from '../auth/session.js';

/** An API key as `/auth/api-keys` lists it (never its secret). */
export interface ApiKeyView {
  readonly id: string;
  readonly name: string;
  readonly prefix: string;
  readonly role: AccountRole;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}
