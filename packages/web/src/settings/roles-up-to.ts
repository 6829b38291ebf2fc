import type { AccountRole } from '../auth/session.js';

const ROLES: readonly AccountRole[] = ['viewer', 'trader', 'admin'];

/** The roles at or below `role`, least first: what an account may give a key it makes. */
export function rolesUpTo(role: AccountRole | undefined): AccountRole[] {
  if (role === undefined) return [];
  return ROLES.slice(0, ROLES.indexOf(role) + 1);
}
