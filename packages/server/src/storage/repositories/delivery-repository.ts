import { and, asc, desc, eq, inArray, isNotNull, lte, sql, type InferSelectModel } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import type { ChannelKind } from '../schema/notification-channels.js';
import { notificationDeliveries, type DeliveryStatus } from '../schema/notification-deliveries.js';
import { isUuid } from './is-uuid.js';

/** A stored delivery of a message to a channel. */
export type NotificationDelivery = InferSelectModel<typeof notificationDeliveries>;

/** A delivery about to be attempted. */
export interface NewNotificationDelivery {
  readonly channelId: string;
  readonly kind: ChannelKind;
  readonly eventType: string;
  readonly subject: string;
  /** The message to send, kept for retries and re-sending. */
  readonly payload: unknown;
  /** When to try again should this attempt never report (the server stopped mid-send); null: never. */
  readonly leaseUntil: Date | null;
}

/** How an attempt ended. `failed` with a `nextAttemptAt` is retried then; `dead` is given up. */
export type DeliveryAttemptOutcome =
  | { readonly status: 'delivered'; readonly at: Date; readonly latencyMs: number }
  | { readonly status: 'failed' | 'dead'; readonly at: Date; readonly latencyMs: number | null; readonly error: string; readonly nextAttemptAt: Date | null };

/** The outcome of a channel's newest delivery that was attempted. */
export interface LatestDeliveryOutcome {
  readonly status: Exclude<DeliveryStatus, 'pending'>;
  readonly at: Date;
  readonly error: string | null;
}

/** Deliveries of notifications: the record of every message sent to a channel, retries and dead letters. */
export class DeliveryRepository {
  constructor(private readonly db: Queryable) {}

  /** Records a delivery before its first attempt (status `pending`, no attempts yet). */
  async create(input: NewNotificationDelivery): Promise<NotificationDelivery> {
    const [row] = await this.db
      .insert(notificationDeliveries)
      .values({ channelId: input.channelId, kind: input.kind, eventType: input.eventType, subject: input.subject, payload: input.payload, nextAttemptAt: input.leaseUntil })
      .returning();
    return row;
  }

  /** Records the end of an attempt (one more attempt); `null` when the delivery is gone (its channel was deleted). */
  async recordAttempt(id: string, outcome: DeliveryAttemptOutcome): Promise<NotificationDelivery | null> {
    if (!isUuid(id)) return null;
    const common = { status: outcome.status, attempts: sql`${notificationDeliveries.attempts} + 1`, lastAttemptAt: outcome.at, latencyMs: outcome.latencyMs };
    const changes =
      outcome.status === 'delivered'
        ? { ...common, error: null, nextAttemptAt: null, deliveredAt: outcome.at }
        : { ...common, error: outcome.error, nextAttemptAt: outcome.status === 'dead' ? null : outcome.nextAttemptAt };
    const [row] = await this.db.update(notificationDeliveries).set(changes).where(eq(notificationDeliveries.id, id)).returning();
    return row ?? null;
  }

  /** Gives a delivery up without another attempt (status `dead`, e.g. its channel was disabled); `null` when it is gone. */
  async giveUp(id: string, error: string): Promise<NotificationDelivery | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db.update(notificationDeliveries).set({ status: 'dead', error, nextAttemptAt: null }).where(eq(notificationDeliveries.id, id)).returning();
    return row ?? null;
  }

  /**
   * Takes up to `limit` deliveries whose next attempt is due at `now` (oldest due first), pushing their next attempt
   * to `leaseUntil` so that no other pass or server takes them meanwhile (rows another transaction holds are skipped).
   */
  async claimDue(now: Date, leaseUntil: Date, limit: number): Promise<NotificationDelivery[]> {
    const due = this.db
      .select({ id: notificationDeliveries.id })
      .from(notificationDeliveries)
      .where(lte(notificationDeliveries.nextAttemptAt, now))
      .orderBy(asc(notificationDeliveries.nextAttemptAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    const rows = await this.db.update(notificationDeliveries).set({ nextAttemptAt: leaseUntil }).where(inArray(notificationDeliveries.id, due)).returning();
    return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  /** A delivery by id, `null` when there is none. */
  async byId(id: string): Promise<NotificationDelivery | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db.select().from(notificationDeliveries).where(eq(notificationDeliveries.id, id));
    return row ?? null;
  }

  /** A channel's deliveries, newest first. */
  async listForChannel(channelId: string, limit: number): Promise<NotificationDelivery[]> {
    if (!isUuid(channelId)) return [];
    return this.db
      .select()
      .from(notificationDeliveries)
      .where(eq(notificationDeliveries.channelId, channelId))
      .orderBy(desc(notificationDeliveries.createdAt), desc(notificationDeliveries.id))
      .limit(limit);
  }

  /** For each channel, how its newest attempted delivery went (channels without one are absent). */
  async latestOutcomes(channelIds: readonly string[]): Promise<Map<string, LatestDeliveryOutcome>> {
    const ids = [...new Set(channelIds.filter(isUuid))];
    const outcomes = new Map<string, LatestDeliveryOutcome>();
    if (ids.length === 0) return outcomes;
    const rows = await this.db
      .selectDistinctOn([notificationDeliveries.channelId], {
        channelId: notificationDeliveries.channelId,
        status: notificationDeliveries.status,
        lastAttemptAt: notificationDeliveries.lastAttemptAt,
        error: notificationDeliveries.error,
      })
      .from(notificationDeliveries)
      .where(and(inArray(notificationDeliveries.channelId, ids), isNotNull(notificationDeliveries.lastAttemptAt)))
      .orderBy(notificationDeliveries.channelId, desc(notificationDeliveries.createdAt), desc(notificationDeliveries.id));
    for (const row of rows) {
      if (row.status === 'pending' || row.lastAttemptAt === null) continue;
      outcomes.set(row.channelId, { status: row.status, at: row.lastAttemptAt, error: row.error });
    }
    return outcomes;
  }
}
