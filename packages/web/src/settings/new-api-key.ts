import type { AccountRole } from '../auth/session.js';

/** The body of `POST /auth/api-keys`. */
export interface NewApiKey {
  readonly name: string;
  readonly role: AccountRole;
  readonly expiresAt?: string;
}
