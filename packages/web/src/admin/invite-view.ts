import type { AccountRole } from '../auth/session.js';

/** An invitation as `/admin/invites` lists it (the code is in the creation answer only). */
export interface InviteView {
  readonly id: string;
  readonly role: AccountRole;
  readonly email: string | null;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly usedAt: string | null;
}
