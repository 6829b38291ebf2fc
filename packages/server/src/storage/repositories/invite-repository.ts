import { and, desc, eq, gt, isNull, type InferSelectModel } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { invites } from '../schema/invites.js';
import type { UserRole } from '../schema/users.js';
import { isUuid } from './is-uuid.js';

/** An invitation as an admin may list it (never the code's hash). */
export type Invite = Omit<InferSelectModel<typeof invites>, 'codeHash'>;

/** An invitation to store; the caller generates the code, shows it once and passes only its hash. */
export interface NewInvite {
  readonly codeHash: string;
  readonly role: UserRole;
  /** When set, only this e-mail address (any case) may use it. */
  readonly email?: string | null;
  readonly createdBy: string | null;
  readonly expiresAt: Date;
}

function toInvite(row: InferSelectModel<typeof invites>): Invite {
  const { codeHash: _hash, ...invite } = row;
  return invite;
}

/** Invitations for invite-only registration: single use and expiring. */
export class InviteRepository {
  constructor(private readonly db: Queryable) {}

  async create(input: NewInvite): Promise<Invite> {
    const [row] = await this.db
      .insert(invites)
      .values({ ...input, email: input.email?.trim() ?? null })
      .returning();
    return toInvite(row);
  }

  /** The unused, unexpired invitation with this code hash, or `null`. */
  async findUsable(codeHash: string, now: Date = new Date()): Promise<Invite | null> {
    const [row] = await this.db
      .select()
      .from(invites)
      .where(and(eq(invites.codeHash, codeHash), isNull(invites.usedAt), gt(invites.expiresAt, now)));
    return row === undefined ? null : toInvite(row);
  }

  /** Marks an invitation used by `userId`; false when it was used meanwhile (it is single use even under races). */
  async markUsed(id: string, userId: string, at: Date = new Date()): Promise<boolean> {
    if (!isUuid(id)) return false;
    const rows = await this.db
      .update(invites)
      .set({ usedAt: at, usedBy: userId })
      .where(and(eq(invites.id, id), isNull(invites.usedAt)))
      .returning({ id: invites.id });
    return rows.length > 0;
  }

  /** Every invitation, newest first. */
  async list(limit = 200): Promise<Invite[]> {
    return (await this.db.select().from(invites).orderBy(desc(invites.createdAt)).limit(limit)).map(toInvite);
  }
}
