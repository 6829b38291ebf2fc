import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../storage/database.js';
import { isUuid } from '../../storage/repositories/is-uuid.js';
import { RefreshTokenRepository } from '../../storage/repositories/refresh-token-repository.js';
import { refreshTokens } from '../../storage/schema/refresh-tokens.js';
import type { IssuedRefreshToken } from './issued-refresh-token.js';
import { newOpaqueToken } from './opaque-token.js';
import type { RefreshTokenMeta } from './refresh-token-meta.js';
import type { RotationResult } from './rotation-result.js';
import { hashToken } from './token-hash.js';

const TOKEN_PREFIX = 'gsr_';
const TOKEN_LENGTH = TOKEN_PREFIX.length + 43;
const TOKEN_FORMAT = /^gsr_[A-Za-z0-9_-]{43}$/;
const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;

/** Thrown inside the rotation transaction to roll it back when the token turns out to be used already. */
class ReuseDetected extends Error {
  constructor(
    readonly userId: string,
    readonly familyId: string,
  ) {
    super('refresh token reused');
  }
}

/**
 * Opaque, single-use refresh tokens. Each use rotates the token: the old one is spent and a new one of
 * the same family issued. Presenting a spent token again means two parties hold it (one of them a
 * thief, and which one is unknown), so the whole family is revoked.
 */
export class RefreshTokenService {
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(
    private readonly database: Database,
    options: { ttlMs?: number; now?: () => number } = {},
  ) {
    this.ttlMs = options.ttlMs ?? THIRTY_DAYS_MS;
    this.now = options.now ?? Date.now;
  }

  /** A new token for a login (a new family), or the next one of `familyId`. */
  async issue(userId: string, meta: RefreshTokenMeta, familyId: string = randomUUID()): Promise<IssuedRefreshToken> {
    if (!isUuid(familyId)) throw new RangeError('a refresh-token family id must be a UUID');
    return (await this.store(new RefreshTokenRepository(this.database.db), userId, familyId, meta)).issued;
  }

  /**
   * Spends `token` and issues its successor. The token is marked used by a conditional update inside
   * the transaction that also stores the successor: of two rotations at once, only one can mark it, and
   * the other rolls back its successor and reports a reuse.
   */
  async rotate(token: string, meta: RefreshTokenMeta): Promise<RotationResult> {
    // Anything not shaped like our tokens cannot be stored; no need to hash it or ask the database.
    if (token.length !== TOKEN_LENGTH || !TOKEN_FORMAT.test(token)) return { outcome: 'invalid', reason: 'unknown' };
    const tokenHash = hashToken(token);
    try {
      return await this.database.transaction(async (tx): Promise<RotationResult> => {
        const repository = new RefreshTokenRepository(tx);
        const current = await repository.byHash(tokenHash);
        if (current === null) return { outcome: 'invalid', reason: 'unknown' };
        // Spent comes before revoked and expired: a replayed token is worth reporting even then.
        if (current.usedAt !== null) throw new ReuseDetected(current.userId, current.familyId);
        if (current.revokedAt !== null) return { outcome: 'invalid', reason: 'revoked' };
        const now = new Date(this.now());
        if (current.expiresAt.getTime() <= now.getTime()) return { outcome: 'invalid', reason: 'expired' };
        const next = await this.store(repository, current.userId, current.familyId, meta);
        if (!(await repository.markUsed(current.id, next.id, now))) throw new ReuseDetected(current.userId, current.familyId);
        return { outcome: 'rotated', userId: current.userId, familyId: current.familyId, issued: next.issued };
      });
    } catch (error) {
      if (!(error instanceof ReuseDetected)) throw error;
      // After the rollback, so the revocation also reaches the successor the winning rotation committed.
      await this.revokeFamily(error.familyId);
      return { outcome: 'reused', userId: error.userId, familyId: error.familyId };
    }
  }

  /**
   * The login a token belongs to, whatever its state (spent, revoked, expired), or `null` for a token
   * never issued: enough to end that login, which anyone holding the token could do by replaying it anyway.
   */
  async sessionOf(token: string): Promise<{ userId: string; familyId: string } | null> {
    if (token.length !== TOKEN_LENGTH || !TOKEN_FORMAT.test(token)) return null;
    const row = await new RefreshTokenRepository(this.database.db).byHash(hashToken(token));
    return row === null ? null : { userId: row.userId, familyId: row.familyId };
  }

  /** Revokes every live token of a login (logout, reuse); returns how many. */
  revokeFamily(familyId: string): Promise<number> {
    return new RefreshTokenRepository(this.database.db).revokeFamily(familyId, new Date(this.now()));
  }

  /** Revokes every live token of a user (password change, disabled account); returns how many. */
  revokeUser(userId: string): Promise<number> {
    return new RefreshTokenRepository(this.database.db).revokeUser(userId, new Date(this.now()));
  }

  /** True when no token of the family is left unrevoked, or there is no such family. */
  async isFamilyRevoked(familyId: string): Promise<boolean> {
    if (!isUuid(familyId)) return true;
    // RefreshTokenRepository has no query by family, hence this one here.
    const [live] = await this.database.db
      .select({ id: refreshTokens.id })
      .from(refreshTokens)
      .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)))
      .limit(1);
    return live === undefined;
  }

  private async store(repository: RefreshTokenRepository, userId: string, familyId: string, meta: RefreshTokenMeta): Promise<{ id: string; issued: IssuedRefreshToken }> {
    const token = newOpaqueToken(TOKEN_PREFIX);
    const expiresAt = new Date(this.now() + this.ttlMs);
    const row = await repository.create({ userId, familyId, tokenHash: hashToken(token), expiresAt, ip: meta.ip ?? null, userAgent: meta.userAgent ?? null });
    return { id: row.id, issued: { token, familyId, expiresAt } };
  }
}
