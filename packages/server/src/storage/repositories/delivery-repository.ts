import { and, asc, desc, eq, inArray, isNotNull, isNull, sql, type InferSelectModel, type SQL } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { executeRows } from '../execute-rows.js';
import { notificationChannels, type ChannelKind } from '../schema/notification-channels.js';
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
  /** The alert trigger the message carries; absent for test messages. */
  readonly alertTriggerId?: string | null;
}

/** A delivery with the name of its channel, for lists. */
export interface NamedDelivery extends NotificationDelivery {
  readonly channelName: string;
}

/** Deliveries to channels of `owner`: a user's, or (`null`) the install owner's while accounts are off. */
function channelOwnedBy(owner: string | null): SQL {
  return owner === null ? isNull(notificationChannels.userId) : eq(notificationChannels.userId, owner);
}

/** A user id that cannot own rows (not a UUID): no query is needed to know they have none. */
function impossibleOwner(owner: string | null): boolean {
  return owner !== null && !isUuid(owner);
}

/** Statuses a delivery may be retried by hand from: it failed, with or without retries left. */
const RETRYABLE_STATUSES: readonly DeliveryStatus[] = ['failed', 'dead'];

/** How an attempt ended. `failed` with a `nextAttemptAt` is retried then; `dead` is given up. */
export type DeliveryAttemptOutcome =
  | { readonly status: 'delivered'; readonly at: Date; readonly latencyMs: number }
  | { readonly status: 'failed' | 'dead'; readonly at: Date; readonly latencyMs: number | null; readonly error: string; readonly nextAttemptAt: Date | null };

/** An attempt that ended: the delivery as it was claimed, and how the attempt went. */
export interface AttemptEnd {
  readonly delivery: NotificationDelivery;
  readonly outcome: DeliveryAttemptOutcome;
}

/** Which due deliveries {@link DeliveryRepository.claimDue} may take. */
export interface ClaimOptions {
  /** Channels busy with earlier attempts: their deliveries stay queued. */
  readonly skipChannelIds?: readonly string[];
  /** Most deliveries of one channel taken (default: the claim's limit). */
  readonly perChannel?: number;
}

/** The outcome of a channel's newest delivery that was attempted. */
export interface LatestDeliveryOutcome {
  readonly status: Exclude<DeliveryStatus, 'pending'>;
  readonly at: Date;
  readonly error: string | null;
}

/** The row that records `input` before its first attempt. */
function deliveryRow(input: NewNotificationDelivery): typeof notificationDeliveries.$inferInsert {
  return {
    channelId: input.channelId,
    kind: input.kind,
    eventType: input.eventType,
    subject: input.subject,
    payload: input.payload,
    nextAttemptAt: input.leaseUntil,
    alertTriggerId: input.alertTriggerId ?? null,
  };
}

/** Deliveries of notifications: the record of every message sent to a channel, retries and dead letters. */
export class DeliveryRepository {
  constructor(private readonly db: Queryable) {}

  /** Records a delivery before its first attempt (status `pending`, no attempts yet). */
  async create(input: NewNotificationDelivery): Promise<NotificationDelivery> {
    const [row] = await this.db
      .insert(notificationDeliveries)
      .values(deliveryRow(input))
      .returning();
    return row;
  }

  /** Records several deliveries in one statement (one message to many channels), in the order given. */
  async createMany(inputs: readonly NewNotificationDelivery[]): Promise<NotificationDelivery[]> {
    if (inputs.length === 0) return [];
    const rows = await this.db
      .insert(notificationDeliveries)
      .values(inputs.map(deliveryRow))
      .returning();
    const byChannel = new Map(rows.map((row) => [row.channelId, row]));
    // RETURNING keeps no promised order: the rows are matched back by channel (one delivery per channel per call).
    return inputs.map((input) => byChannel.get(input.channelId)).filter((row): row is NotificationDelivery => row !== undefined);
  }

  /**
   * Records the ends of many attempts in one statement (each one more attempt): for each, the delivery as the attempt
   * left it, in the order given, or `null` when it is gone (its channel was deleted). Only the columns an attempt
   * changes are written and read back; the rest (the payload) comes from the delivery passed in.
   */
  async recordAttempts(ends: readonly AttemptEnd[]): Promise<(NotificationDelivery | null)[]> {
    const known = ends.filter((end) => isUuid(end.delivery.id));
    if (known.length === 0) return ends.map(() => null);
    const values = sql.join(
      known.map(({ delivery, outcome }) => {
        const failure = outcome.status === 'delivered' ? null : outcome;
        return sql`(${delivery.id}::uuid, ${outcome.status}, ${outcome.at.toISOString()}::timestamptz, ${outcome.latencyMs}::integer, ${failure?.error ?? null}::text, ${failure?.nextAttemptAt?.toISOString() ?? null}::timestamptz)`;
      }),
      sql`, `,
    );
    const d = notificationDeliveries;
    const rows = await executeRows<{ id: string; attempts: number }>(
      this.db,
      sql`UPDATE ${d} SET
            status = v.status, attempts = ${d.attempts} + 1, last_attempt_at = v.at, latency_ms = v.latency_ms, error = v.error,
            next_attempt_at = CASE WHEN v.status = 'failed' THEN v.next_attempt_at END,
            delivered_at = CASE WHEN v.status = 'delivered' THEN v.at ELSE ${d.deliveredAt} END
          FROM (VALUES ${values}) AS v(id, status, at, latency_ms, error, next_attempt_at)
          WHERE ${d.id} = v.id
          RETURNING ${d.id} AS id, ${d.attempts} AS attempts`,
    );
    const attempts = new Map(rows.map((row) => [row.id, Number(row.attempts)]));
    return ends.map(({ delivery, outcome }) => {
      const made = attempts.get(delivery.id);
      if (made === undefined) return null;
      const common = { ...delivery, status: outcome.status, attempts: made, lastAttemptAt: outcome.at, latencyMs: outcome.latencyMs };
      return outcome.status === 'delivered'
        ? { ...common, error: null, nextAttemptAt: null, deliveredAt: outcome.at }
        : { ...common, error: outcome.error, nextAttemptAt: outcome.status === 'dead' ? null : outcome.nextAttemptAt };
    });
  }

  /** Gives a delivery up without another attempt (status `dead`, e.g. its channel was disabled); `null` when it is gone. */
  async giveUp(id: string, error: string): Promise<NotificationDelivery | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db.update(notificationDeliveries).set({ status: 'dead', error, nextAttemptAt: null }).where(eq(notificationDeliveries.id, id)).returning();
    return row ?? null;
  }

  /**
   * Takes up to `limit` deliveries whose next attempt is due at `now` (oldest due first, at most `perChannel` of one
   * channel), pushing their next attempt to `leaseUntil` so that no other pass or server takes them meanwhile (rows
   * another transaction holds are skipped). Deliveries of `skipChannelIds` (channels busy with earlier attempts) stay
   * queued. Each channel's queue is read through its own index range, so a channel with a long backlog (slow, or
   * down) costs a claim no more than any other.
   */
  async claimDue(now: Date, leaseUntil: Date, limit: number, options: ClaimOptions = {}): Promise<NotificationDelivery[]> {
    const { skipChannelIds = [], perChannel = limit } = options;
    const d = notificationDeliveries;
    const c = notificationChannels;
    const notSkipped = skipChannelIds.length === 0 ? sql`TRUE` : sql`${c.id} NOT IN (${sql.join(skipChannelIds.map((id) => sql`${id}::uuid`), sql`, `)})`;
    const due = sql`(SELECT due.id FROM ${c} CROSS JOIN LATERAL (
        SELECT ${d.id} AS id, ${d.nextAttemptAt} AS due_at FROM ${d}
        WHERE ${d.channelId} = ${c.id} AND ${d.nextAttemptAt} <= ${now.toISOString()}::timestamptz
        ORDER BY ${d.nextAttemptAt} LIMIT ${perChannel} FOR UPDATE SKIP LOCKED) AS due
      WHERE ${notSkipped} ORDER BY due.due_at LIMIT ${limit})`;
    const rows = await this.db.update(d).set({ nextAttemptAt: leaseUntil }).where(inArray(d.id, due)).returning();
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

  /** The deliveries of these alert triggers with their channels' names, oldest first. */
  async listForTriggers(triggerIds: readonly string[]): Promise<NamedDelivery[]> {
    const ids = [...new Set(triggerIds.filter(isUuid))];
    if (ids.length === 0) return [];
    const rows = await this.db
      .select({ delivery: notificationDeliveries, channelName: notificationChannels.name })
      .from(notificationDeliveries)
      .innerJoin(notificationChannels, eq(notificationChannels.id, notificationDeliveries.channelId))
      .where(inArray(notificationDeliveries.alertTriggerId, ids))
      .orderBy(asc(notificationDeliveries.createdAt), asc(notificationDeliveries.id));
    return rows.map((row) => ({ ...row.delivery, channelName: row.channelName }));
  }

  /** The deliveries to `owner`'s channels (optionally only those of a status: `dead` is the dead-letter list), newest first. */
  async listForOwner(owner: string | null, status: DeliveryStatus | undefined, limit: number): Promise<NamedDelivery[]> {
    if (impossibleOwner(owner)) return [];
    const rows = await this.db
      .select({ delivery: notificationDeliveries, channelName: notificationChannels.name })
      .from(notificationDeliveries)
      .innerJoin(notificationChannels, eq(notificationChannels.id, notificationDeliveries.channelId))
      .where(and(channelOwnedBy(owner), status === undefined ? undefined : eq(notificationDeliveries.status, status)))
      .orderBy(desc(notificationDeliveries.createdAt), desc(notificationDeliveries.id))
      .limit(limit);
    return rows.map((row) => ({ ...row.delivery, channelName: row.channelName }));
  }

  /** The delivery with this id if it went to a channel of `owner`, with its channel's name; else `null`. */
  async ownedBy(owner: string | null, id: string): Promise<NamedDelivery | null> {
    if (!isUuid(id) || impossibleOwner(owner)) return null;
    const [row] = await this.db
      .select({ delivery: notificationDeliveries, channelName: notificationChannels.name })
      .from(notificationDeliveries)
      .innerJoin(notificationChannels, eq(notificationChannels.id, notificationDeliveries.channelId))
      .where(and(eq(notificationDeliveries.id, id), channelOwnedBy(owner)));
    return row === undefined ? null : { ...row.delivery, channelName: row.channelName };
  }

  /**
   * Takes a failed or dead delivery for an attempt made now by hand, holding it until `leaseUntil` so that the retry
   * pass leaves it alone meanwhile; `null` when it is in another state (delivered, or pending its first attempt).
   */
  async claimForRetry(id: string, leaseUntil: Date): Promise<NotificationDelivery | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db
      .update(notificationDeliveries)
      .set({ nextAttemptAt: leaseUntil })
      .where(and(eq(notificationDeliveries.id, id), inArray(notificationDeliveries.status, [...RETRYABLE_STATUSES])))
      .returning();
    return row ?? null;
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
