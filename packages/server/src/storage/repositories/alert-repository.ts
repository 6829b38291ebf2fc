import { and, asc, eq, type InferSelectModel } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { alerts } from '../schema/alerts.js';
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
}

/** User alerts on symbols. */
export class AlertRepository {
  constructor(private readonly db: Queryable) {}

  /** Creates an active alert. */
  async create(input: NewAlert): Promise<Alert> {
    const [row] = await this.db
      .insert(alerts)
      .values({ userId: input.userId, symbol: input.symbol, kind: input.kind, params: input.params ?? {}, channels: [...(input.channels ?? [])] })
      .returning();
    return row;
  }

  /** A user's alerts, oldest first. */
  async listForUser(userId: string): Promise<Alert[]> {
    if (!isUuid(userId)) return [];
    return this.db.select().from(alerts).where(eq(alerts.userId, userId)).orderBy(asc(alerts.createdAt), asc(alerts.id));
  }

  /** The active alerts on a symbol: what to check when its price or signal changes. */
  async activeForSymbol(symbol: string): Promise<Alert[]> {
    return this.db.select().from(alerts).where(and(eq(alerts.symbol, symbol), eq(alerts.active, true))).orderBy(asc(alerts.createdAt));
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

  /** Deletes an alert; false when there was none. */
  async delete(id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    return (await this.db.delete(alerts).where(eq(alerts.id, id)).returning({ id: alerts.id })).length > 0;
  }
}
