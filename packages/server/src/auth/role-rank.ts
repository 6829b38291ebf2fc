import type { Caller } from './caller.js';

type AccountRole = Caller['role'];

const RANK: Readonly<Record<AccountRole, number>> = { viewer: 1, trader: 2, admin: 3 };

/** True when `role` has every right of `needed` (viewer < trader < admin). */
export function roleAtLeast(role: AccountRole, needed: AccountRole): boolean {
  return RANK[role] >= RANK[needed];
}

/** The less privileged of two roles: an API key acts with at most its owner's current role. */
export function lesserRole(a: AccountRole, b: AccountRole): AccountRole {
  return RANK[a] <= RANK[b] ? a : b;
}
