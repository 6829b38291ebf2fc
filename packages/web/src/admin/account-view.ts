import type { AccountRole } from '../auth/session.js';

/** An account as `/admin/users` lists it. */
export interface AccountView {
  readonly id: string;
  readonly email: string;
  readonly name: string | null;
  readonly role: AccountRole;
  readonly disabled: boolean;
  readonly createdAt: string;
  readonly lastLoginAt: string | null;
}
