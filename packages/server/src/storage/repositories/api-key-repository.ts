import { and, desc, eq, gt, isNull, or, type InferSelectModel } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { apiKeys } from '../schema/api-keys.js';
import type { UserRole } from '../schema/users.js';
import { isUuid } from './is-uuid.js';
import { StorageConflictError } from './storage-conflict-error.js';
import { uniqueViolation } from './unique-violation.js';

/** A key as it may be listed (never its hash). */
export type ApiKey = Omit<InferSelectModel<typeof apiKeys>, 'keyHash'>;

/** A key to store; the caller generates it, shows it once and passes only its hash. */
export interface NewApiKey {
  readonly userId: string;
  readonly name: string;
  readonly prefix: string;
  readonly keyHash: string;
  /** At most the owner's role. */
  readonly role: UserRole;
  readonly scopes?: readonly string[];
  readonly expiresAt?: Date | null;
}

function toApiKey(row: InferSelectModel<typeof apiKeys>): ApiKey {
  const { keyHash: _hash, ...key } = row;
  return key;
}

/** API keys of programs, stored hashed. */
export class ApiKeyRepository {
  constructor(private readonly db: Queryable) {}

  /** Stores a key; a prefix or hash already in use is a StorageConflictError. */
  async create(input: NewApiKey): Promise<ApiKey> {
    try {
      const [row] = await this.db
        .insert(apiKeys)
        .values({ ...input, scopes: [...(input.scopes ?? [])], expiresAt: input.expiresAt ?? null })
        .returning();
      return toApiKey(row);
    } catch (error) {
      const constraint = uniqueViolation(error);
      if (constraint === 'api_keys_prefix_key' || constraint === 'api_keys_key_hash_key') throw new StorageConflictError('prefix', 'this key prefix is in use; generate another key', { cause: error });
      throw error;
    }
  }

  /** The key with this hash if it is neither revoked nor expired at `now`, else `null`. */
  async findUsable(keyHash: string, now: Date = new Date()): Promise<ApiKey | null> {
    const [row] = await this.db
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt), or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, now))));
    return row === undefined ? null : toApiKey(row);
  }

  /** The key with this prefix (revoked and expired ones too), or `null`. */
  async byPrefix(prefix: string): Promise<ApiKey | null> {
    const [row] = await this.db.select().from(apiKeys).where(eq(apiKeys.prefix, prefix));
    return row === undefined ? null : toApiKey(row);
  }

  /** A user's keys, newest first. */
  async listForUser(userId: string): Promise<ApiKey[]> {
    if (!isUuid(userId)) return [];
    return (await this.db.select().from(apiKeys).where(eq(apiKeys.userId, userId)).orderBy(desc(apiKeys.createdAt))).map(toApiKey);
  }

  /** Revokes a key of `userId` (any user's when omitted); false when there was no such unrevoked key. */
  async revoke(id: string, userId?: string, at: Date = new Date()): Promise<boolean> {
    if (!isUuid(id) || (userId !== undefined && !isUuid(userId))) return false;
    const owner = userId === undefined ? undefined : eq(apiKeys.userId, userId);
    const rows = await this.db
      .update(apiKeys)
      .set({ revokedAt: at })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt), owner))
      .returning({ id: apiKeys.id });
    return rows.length > 0;
  }

  /** Records that a key was used. */
  async touch(id: string, at: Date = new Date()): Promise<void> {
    if (isUuid(id)) await this.db.update(apiKeys).set({ lastUsedAt: at }).where(eq(apiKeys.id, id));
  }
}
