import { and, asc, eq, inArray, isNull, or, type InferSelectModel, type SQL } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { alerts, type QuietHours } from '../schema/alerts.js';
import { users } from '../schema/users.js';
import { isUuid } from './is-uuid.js';

/** A stored alert. */
export type Alert = InferSelectModel<typeof alerts>;

/** An alert to create. */
export interface NewAlert {
  readonly userId: string | null;
  readonly symbol: string;
  readonly kind: string;
  readonly params?: Record<string, unknown>;
  readonly channels?: readonly string[];
  /** Default true. */
  readonly active?: boolean;
  /** Default none: messages describe the rule by its condition. */
  readonly name?: string | null;
  /** Default none. */
  readonly quietHours?: QuietHours | null;
  /** Default no limit. */
  readonly maxPerHour?: number | null;
}

/** What an edit of an alert may change; fields not given keep their value. */
export interface AlertChanges {
  readonly symbol?: string;
  readonly kind?: string;
  readonly params?: Record<string, unknown>;
  readonly channels?: readonly string[];
  readonly active?: boolean;
  /** `null` removes it. */
  readonly name?: string | null;
  /** `null` removes them. */
  readonly quietHours?: QuietHours | null;
  /** `null` removes the limit. */
  readonly maxPerHour?: number | null;
}

/** Which of an owner's alerts to list. */
export interface AlertListFilter {
  readonly symbol?: string;
  readonly active?: boolean;
}

/** Rows of `owner`: a user's, or (`null`) those of the install's owner while accounts are off. */
function ownedBy(owner: string | null): SQL {
  return owner === null ? isNull(alerts.userId) : eq(alerts.userId, owner);
}

/** A user id that cannot own rows (not a UUID): no query is needed to know they have none. */
function impossibleOwner(owner: string | null): boolean {
  return owner !== null && !isUuid(owner);
}

/** The symbol of rules that watch every symbol. */
export const EVERY_SYMBOL = '*';

/** Rules whose owner may still receive alerts: the install owner's, or an account that is not disabled. */
const OWNER_ENABLED = or(isNull(alerts.userId), eq(users.disabled, false));

/** User alerts on symbols. */
export class AlertRepository {
  constructor(private readonly db: Queryable) {}

  /** Creates an alert, active unless told otherwise. */
  async create(input: NewAlert): Promise<Alert> {
    const [row] = await this.db
      .insert(alerts)
      .values({
        userId: input.userId,
        symbol: input.symbol,
        kind: input.kind,
        params: input.params ?? {},
        channels: [...(input.channels ?? [])],
        active: input.active ?? true,
        name: input.name ?? null,
        quietHours: input.quietHours ?? null,
        maxPerHour: input.maxPerHour ?? null,
      })
      .returning();
    return row;
  }

  /** A user's alerts (`null`: the install owner's), oldest first, optionally only a symbol's or only (in)active ones. */
  async listForUser(userId: string | null, filter: AlertListFilter = {}): Promise<Alert[]> {
    if (impossibleOwner(userId)) return [];
    return this.db
      .select()
      .from(alerts)
      .where(
        and(
          ownedBy(userId),
          filter.symbol === undefined ? undefined : eq(alerts.symbol, filter.symbol),
          filter.active === undefined ? undefined : eq(alerts.active, filter.active),
        ),
      )
      .orderBy(asc(alerts.createdAt), asc(alerts.id));
  }

  /** The alert with this id if `owner` owns it, else `null`. */
  async ownedBy(owner: string | null, id: string): Promise<Alert | null> {
    if (!isUuid(id) || impossibleOwner(owner)) return null;
    const [row] = await this.db.select().from(alerts).where(and(eq(alerts.id, id), ownedBy(owner)));
    return row ?? null;
  }

  /** The active alerts on a symbol: what to check when its price or signal changes. */
  async activeForSymbol(symbol: string): Promise<Alert[]> {
    return this.db.select().from(alerts).where(and(eq(alerts.symbol, symbol), eq(alerts.active, true))).orderBy(asc(alerts.createdAt));
  }

  /**
   * The active rules of these kinds that watch `symbol`, those on every symbol (`*`) included, oldest first; rules of
   * disabled accounts are left out. What the evaluator checks when an event about the symbol arrives.
   */
  async activeRules(symbol: string, kinds: readonly string[]): Promise<Alert[]> {
    if (kinds.length === 0) return [];
    const rows = await this.db
      .select({ alert: alerts })
      .from(alerts)
      .leftJoin(users, eq(users.id, alerts.userId))
      .where(and(eq(alerts.active, true), inArray(alerts.kind, [...kinds]), inArray(alerts.symbol, [symbol, EVERY_SYMBOL]), OWNER_ENABLED))
      .orderBy(asc(alerts.createdAt), asc(alerts.id));
    return rows.map((row) => row.alert);
  }

  /**
   * The symbols active price and indicator rules of enabled accounts watch, sorted: they need quotes and closed bars
   * to fire, so the server follows them as it follows watchlist symbols (see followed-symbols.ts).
   */
  async watchedSymbols(): Promise<string[]> {
    const rows = await this.db
      .selectDistinct({ symbol: alerts.symbol })
      .from(alerts)
      .leftJoin(users, eq(users.id, alerts.userId))
      .where(and(eq(alerts.active, true), inArray(alerts.kind, ['price_above', 'price_below', 'indicator_above', 'indicator_below']), OWNER_ENABLED))
      .orderBy(asc(alerts.symbol));
    return rows.map((row) => row.symbol).filter((symbol) => symbol !== EVERY_SYMBOL);
  }

  /**
   * The active `system` rules whose owner is an admin now (or the install owner): a rule made by an admin who was
   * since demoted stays silent rather than telling a non-admin about the providers.
   */
  async activeSystemRules(): Promise<Alert[]> {
    const rows = await this.db
      .select({ alert: alerts })
      .from(alerts)
      .leftJoin(users, eq(users.id, alerts.userId))
      .where(and(eq(alerts.active, true), eq(alerts.kind, 'system'), or(isNull(alerts.userId), and(eq(users.role, 'admin'), eq(users.disabled, false)))))
      .orderBy(asc(alerts.createdAt), asc(alerts.id));
    return rows.map((row) => row.alert);
  }

  /** Records that an alert fired. */
  async markTriggered(id: string, at: Date = new Date()): Promise<void> {
    if (isUuid(id)) await this.db.update(alerts).set({ lastTriggeredAt: at }).where(eq(alerts.id, id));
  }

  /** Turns an alert on or off; false when there is no such alert. */
  async setActive(id: string, active: boolean): Promise<boolean> {
    if (!isUuid(id)) return false;
    return (await this.db.update(alerts).set({ active, updatedAt: new Date() }).where(eq(alerts.id, id)).returning({ id: alerts.id })).length > 0;
  }

  /** Edits an alert `owner` owns; `null` when they have no such alert. */
  async updateOwned(owner: string | null, id: string, changes: AlertChanges): Promise<Alert | null> {
    if (!isUuid(id) || impossibleOwner(owner)) return null;
    const { channels, ...rest } = changes;
    const [row] = await this.db
      .update(alerts)
      .set({ ...rest, ...(channels === undefined ? {} : { channels: [...channels] }), updatedAt: new Date() })
      .where(and(eq(alerts.id, id), ownedBy(owner)))
      .returning();
    return row ?? null;
  }

  /** Deletes an alert; false when there was none. */
  async delete(id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    return (await this.db.delete(alerts).where(eq(alerts.id, id)).returning({ id: alerts.id })).length > 0;
  }

  /** Deletes an alert `owner` owns; false when they have no such alert. */
  async deleteOwned(owner: string | null, id: string): Promise<boolean> {
    if (!isUuid(id) || impossibleOwner(owner)) return false;
    return (await this.db.delete(alerts).where(and(eq(alerts.id, id), ownedBy(owner))).returning({ id: alerts.id })).length > 0;
  }
}
