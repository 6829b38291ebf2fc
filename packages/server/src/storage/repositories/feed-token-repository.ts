import { and, eq, isNull, or } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { feedTokens } from '../schema/feed-tokens.js';
import { users } from '../schema/users.js';
import { isUuid } from './is-uuid.js';

/** Whose feed a token opens: a user, or (`null`) the install owner while accounts are off. */
export interface FeedTokenOwner {
  readonly userId: string | null;
}

function ownerCondition(userId: string | null) {
  return userId === null ? isNull(feedTokens.userId) : eq(feedTokens.userId, userId);
}

/** Tokens of the private signal feeds, one per user, stored hashed (the caller hashes; see `hashToken`). */
export class FeedTokenRepository {
  constructor(private readonly db: Queryable) {}

  /** Stores the user's token, replacing the one they had: the old token stops working at once. */
  async replace(userId: string | null, tokenHash: string, at: Date = new Date()): Promise<void> {
    await this.db
      .insert(feedTokens)
      .values({ userId, tokenHash, createdAt: at })
      .onConflictDoUpdate({ target: feedTokens.userId, set: { tokenHash, createdAt: at, lastUsedAt: null } });
  }

  /** Revokes the user's token; false when they had none. */
  async revoke(userId: string | null): Promise<boolean> {
    if (userId !== null && !isUuid(userId)) return false;
    const rows = await this.db.delete(feedTokens).where(ownerCondition(userId)).returning({ id: feedTokens.id });
    return rows.length > 0;
  }

  /**
   * Whose feed the token with this digest opens, and records the use; `null` for an unknown or revoked token and
   * for a token of a disabled account.
   */
  async use(tokenHash: string, at: Date = new Date()): Promise<FeedTokenOwner | null> {
    const [row] = await this.db
      .select({ id: feedTokens.id, userId: feedTokens.userId })
      .from(feedTokens)
      .leftJoin(users, eq(users.id, feedTokens.userId))
      .where(and(eq(feedTokens.tokenHash, tokenHash), or(isNull(feedTokens.userId), eq(users.disabled, false))));
    if (row === undefined) return null;
    await this.db.update(feedTokens).set({ lastUsedAt: at }).where(eq(feedTokens.id, row.id));
    return { userId: row.userId };
  }
}
