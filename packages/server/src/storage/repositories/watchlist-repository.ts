import type { Timeframe } from '@goldensignals/engine';
import { and, asc, eq, isNull, sql, type InferSelectModel, type SQL } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { executeRows } from '../execute-rows.js';
import { users } from '../schema/users.js';
import { watchlists } from '../schema/watchlists.js';
import { isUuid } from './is-uuid.js';
import { StorageConflictError } from './storage-conflict-error.js';
import { uniqueViolation } from './unique-violation.js';

/** A stored watchlist. */
export type Watchlist = InferSelectModel<typeof watchlists>;

/** Fields of a watchlist that can be set. */
export interface WatchlistFields {
  readonly name: string;
  readonly symbols: readonly string[];
  readonly timeframes?: readonly Timeframe[];
}

/** A (symbol, timeframe) pair the scheduler follows. */
export interface ScanTarget {
  readonly symbol: string;
  readonly timeframe: Timeframe;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Rows of `owner`: a user's, or (`null`) the system lists, which the install's owner uses while accounts are off. */
function ownedBy(owner: string | null): SQL {
  return owner === null ? isNull(watchlists.userId) : eq(watchlists.userId, owner);
}

/** A user id that cannot own rows (not a UUID): no query is needed to know they have none. */
function impossibleOwner(owner: string | null): boolean {
  return owner !== null && !isUuid(owner);
}

function changesOf(fields: Partial<WatchlistFields>): Partial<typeof watchlists.$inferInsert> {
  return {
    ...(fields.name === undefined ? {} : { name: fields.name }),
    ...(fields.symbols === undefined ? {} : { symbols: unique(fields.symbols) }),
    ...(fields.timeframes === undefined ? {} : { timeframes: unique(fields.timeframes) }),
    updatedAt: new Date(),
  };
}

function conflict(error: unknown): never {
  if (uniqueViolation(error) === 'watchlists_user_name_key') throw new StorageConflictError('name', 'a watchlist with this name exists', { cause: error });
  throw error;
}

/** Watchlists: per user, or system lists (`userId` null). */
export class WatchlistRepository {
  constructor(private readonly db: Queryable) {}

  /** Creates a list; symbols and timeframes are de-duplicated in order. A taken name is a StorageConflictError. */
  async create(userId: string | null, fields: WatchlistFields): Promise<Watchlist> {
    const [row] = await this.db
      .insert(watchlists)
      .values({ userId, name: fields.name, symbols: unique(fields.symbols), ...(fields.timeframes ? { timeframes: unique(fields.timeframes) } : {}) })
      .returning()
      .catch(conflict);
    return row;
  }

  /** The list with this id, or `null`. */
  async byId(id: string): Promise<Watchlist | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db.select().from(watchlists).where(eq(watchlists.id, id));
    return row ?? null;
  }

  /** A user's lists (`null`: the system lists), by name. */
  async listForUser(userId: string | null): Promise<Watchlist[]> {
    if (impossibleOwner(userId)) return [];
    return this.db.select().from(watchlists).where(ownedBy(userId)).orderBy(asc(watchlists.name));
  }

  /** The list with this id if `owner` owns it (`null`: the system lists), else `null`. */
  async ownedBy(owner: string | null, id: string): Promise<Watchlist | null> {
    if (!isUuid(id) || impossibleOwner(owner)) return null;
    const [row] = await this.db.select().from(watchlists).where(and(eq(watchlists.id, id), ownedBy(owner)));
    return row ?? null;
  }

  /** Changes a list; `null` when there is no such list. */
  async update(id: string, fields: Partial<WatchlistFields>): Promise<Watchlist | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db.update(watchlists).set(changesOf(fields)).where(eq(watchlists.id, id)).returning().catch(conflict);
    return row ?? null;
  }

  /** Changes a list `owner` owns; `null` when they have no such list. A taken name is a StorageConflictError. */
  async updateOwned(owner: string | null, id: string, fields: Partial<WatchlistFields>): Promise<Watchlist | null> {
    if (!isUuid(id) || impossibleOwner(owner)) return null;
    const [row] = await this.db
      .update(watchlists)
      .set(changesOf(fields))
      .where(and(eq(watchlists.id, id), ownedBy(owner)))
      .returning()
      .catch(conflict);
    return row ?? null;
  }

  /** Deletes a list; false when there was none. */
  async delete(id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    return (await this.db.delete(watchlists).where(eq(watchlists.id, id)).returning({ id: watchlists.id })).length > 0;
  }

  /** Deletes a list `owner` owns; false when they have no such list. */
  async deleteOwned(owner: string | null, id: string): Promise<boolean> {
    if (!isUuid(id) || impossibleOwner(owner)) return false;
    return (await this.db.delete(watchlists).where(and(eq(watchlists.id, id), ownedBy(owner))).returning({ id: watchlists.id })).length > 0;
  }

  /**
   * Every (symbol, timeframe) held by a list of an enabled trader or admin (or of the install's owner, before
   * accounts), once each, sorted: what the scheduler scans. A viewer's lists are only for reading: generating
   * signals is a trader's right, also when the scheduler does it for them.
   */
  async scanTargets(): Promise<ScanTarget[]> {
    return executeRows<{ symbol: string; timeframe: Timeframe }>(
      this.db,
      sql`SELECT DISTINCT s.symbol, t.timeframe
          FROM ${watchlists} LEFT JOIN ${users} ON ${users.id} = ${watchlists.userId},
               unnest(${watchlists.symbols}) AS s(symbol), unnest(${watchlists.timeframes}) AS t(timeframe)
          WHERE ${watchlists.userId} IS NULL OR (${users.role} IN ('trader', 'admin') AND NOT ${users.disabled})
          ORDER BY s.symbol, t.timeframe`,
    );
  }
}
