import type { AccountRole } from './session.js';

const RANK: Readonly<Record<AccountRole, number>> = { viewer: 1, trader: 2, admin: 3 };

/** True when `role` has every right of `needed` (the server decides; the UI only hides what would be refused). */
export function roleAtLeast(role: AccountRole | undefined, needed: AccountRole): boolean {
  return role !== undefined && RANK[role] >= RANK[needed];
}
