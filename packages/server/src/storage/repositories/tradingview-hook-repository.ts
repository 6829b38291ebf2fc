import { and, asc, eq, isNull, type InferSelectModel, type SQL } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { tradingviewHooks } from '../schema/tradingview-hooks.js';
import { isUuid } from './is-uuid.js';

/** A stored TradingView webhook (its secret is not: only its hash). */
export type TradingViewHook = InferSelectModel<typeof tradingviewHooks>;

/** A hook to create. */
export interface NewTradingViewHook {
  readonly userId: string | null;
  readonly name: string;
  /** SHA-256 hex of the secret (`hashToken`). */
  readonly secretHash: string;
}

/** Rows of `owner`: a user's, or (`null`) those of the install's owner while accounts are off. */
function ownedBy(owner: string | null): SQL {
  return owner === null ? isNull(tradingviewHooks.userId) : eq(tradingviewHooks.userId, owner);
}

/** A user id that cannot own rows (not a UUID): no query is needed to know they have none. */
function impossibleOwner(owner: string | null): boolean {
  return owner !== null && !isUuid(owner);
}

/** Users' TradingView webhooks. */
export class TradingViewHookRepository {
  constructor(private readonly db: Queryable) {}

  /** Creates a hook. */
  async create(input: NewTradingViewHook): Promise<TradingViewHook> {
    const [row] = await this.db.insert(tradingviewHooks).values({ userId: input.userId, name: input.name, secretHash: input.secretHash }).returning();
    return row;
  }

  /** A user's hooks (`null`: the install owner's), oldest first. */
  async listForUser(owner: string | null): Promise<TradingViewHook[]> {
    if (impossibleOwner(owner)) return [];
    return this.db.select().from(tradingviewHooks).where(ownedBy(owner)).orderBy(asc(tradingviewHooks.createdAt), asc(tradingviewHooks.id));
  }

  /** The hook whose secret hashes to `secretHash`, or `null`. */
  async bySecretHash(secretHash: string): Promise<TradingViewHook | null> {
    const [row] = await this.db.select().from(tradingviewHooks).where(eq(tradingviewHooks.secretHash, secretHash));
    return row ?? null;
  }

  /** Records when the hook last brought an accepted alert. */
  async markReceived(id: string, at: Date): Promise<void> {
    if (isUuid(id)) await this.db.update(tradingviewHooks).set({ lastReceivedAt: at }).where(eq(tradingviewHooks.id, id));
  }

  /** Deletes a hook `owner` owns (and its votes); false when they have no such hook. */
  async deleteOwned(owner: string | null, id: string): Promise<boolean> {
    if (!isUuid(id) || impossibleOwner(owner)) return false;
    return (await this.db.delete(tradingviewHooks).where(and(eq(tradingviewHooks.id, id), ownedBy(owner))).returning({ id: tradingviewHooks.id })).length > 0;
  }
}
