import { and, eq, isNull, lt, type InferSelectModel } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { refreshTokens } from '../schema/refresh-tokens.js';
import { isUuid } from './is-uuid.js';

/** A stored refresh token (its hash only). */
export type RefreshToken = InferSelectModel<typeof refreshTokens>;

/** A token to store; `familyId` is shared by every token rotated from one login. */
export interface NewRefreshToken {
  readonly userId: string;
  readonly familyId: string;
  readonly tokenHash: string;
  readonly expiresAt: Date;
  readonly ip?: string | null;
  readonly userAgent?: string | null;
}

/** Refresh tokens: single use, rotated, revocable by family or by user. */
export class RefreshTokenRepository {
  constructor(private readonly db: Queryable) {}

  /** Stores a token. */
  async create(input: NewRefreshToken): Promise<RefreshToken> {
    const [row] = await this.db
      .insert(refreshTokens)
      .values({ ...input, ip: input.ip ?? null, userAgent: input.userAgent ?? null })
      .returning();
    return row;
  }

  /** The token with this hash (used, revoked and expired ones too: reuse detection needs them), or `null`. */
  async byHash(tokenHash: string): Promise<RefreshToken | null> {
    const [row] = await this.db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash));
    return row ?? null;
  }

  /**
   * Marks a token used and replaced by `replacedBy`, if it was neither used nor revoked: of two requests
   * rotating the same token at once, exactly one gets `true`; the other has found a reuse.
   */
  async markUsed(id: string, replacedBy: string | null, at: Date = new Date()): Promise<boolean> {
    if (!isUuid(id)) return false;
    const rows = await this.db
      .update(refreshTokens)
      .set({ usedAt: at, replacedBy })
      .where(and(eq(refreshTokens.id, id), isNull(refreshTokens.usedAt), isNull(refreshTokens.revokedAt)))
      .returning({ id: refreshTokens.id });
    return rows.length > 0;
  }

  /** Revokes every live token of a family (reuse detected, logout); returns how many. */
  async revokeFamily(familyId: string, at: Date = new Date()): Promise<number> {
    if (!isUuid(familyId)) return 0;
    const rows = await this.db
      .update(refreshTokens)
      .set({ revokedAt: at })
      .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)))
      .returning({ id: refreshTokens.id });
    return rows.length;
  }

  /** Revokes every live token of a user (password change, disabled account); returns how many. */
  async revokeUser(userId: string, at: Date = new Date()): Promise<number> {
    if (!isUuid(userId)) return 0;
    const rows = await this.db
      .update(refreshTokens)
      .set({ revokedAt: at })
      .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)))
      .returning({ id: refreshTokens.id });
    return rows.length;
  }

  /** Deletes tokens that expired before `before`; returns how many. */
  async deleteExpired(before: Date = new Date()): Promise<number> {
    const rows = await this.db.delete(refreshTokens).where(lt(refreshTokens.expiresAt, before)).returning({ id: refreshTokens.id });
    return rows.length;
  }
}
