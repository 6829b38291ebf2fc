import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { alertTriggers } from './alert-triggers.js';
import { checkIn } from './check-in.js';
import { timestamptz } from './columns.js';
import { CHANNEL_KINDS, notificationChannels, type ChannelKind } from './notification-channels.js';

/** Delivery states: `pending` until the first attempt ends; `dead` = given up (the dead-letter list). */
export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'dead'] as const;

/** A delivery's state. */
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * Every message sent (or being sent) to a channel, with the message itself (`payload`) so it can be retried or
 * re-sent. `next_attempt_at` is set while another attempt is coming: the lease of one in flight or the next retry.
 */
export const notificationDeliveries = pgTable(
  'notification_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => notificationChannels.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ChannelKind>().notNull(),
    eventType: text('event_type').notNull(),
    subject: text('subject').notNull(),
    payload: jsonb('payload').$type<unknown>().notNull(),
    status: text('status').$type<DeliveryStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamptz('next_attempt_at'),
    lastAttemptAt: timestamptz('last_attempt_at'),
    error: text('error'),
    latencyMs: integer('latency_ms'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    deliveredAt: timestamptz('delivered_at'),
    /** The alert trigger this delivery carries; null for test messages (and once the rule is deleted). */
    alertTriggerId: uuid('alert_trigger_id').references(() => alertTriggers.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('notification_deliveries_channel_created_idx').on(t.channelId, t.createdAt.desc()),
    index('notification_deliveries_channel_due_idx').on(t.channelId, t.nextAttemptAt).where(sql`${t.nextAttemptAt} IS NOT NULL`),
    index('notification_deliveries_alert_trigger_idx').on(t.alertTriggerId).where(sql`${t.alertTriggerId} IS NOT NULL`),
    check('notification_deliveries_kind_check', checkIn(t.kind, CHANNEL_KINDS)),
    check('notification_deliveries_status_check', checkIn(t.status, DELIVERY_STATUSES)),
    check('notification_deliveries_attempts_check', sql`${t.attempts} >= 0`),
    check('notification_deliveries_latency_check', sql`${t.latencyMs} >= 0`),
  ],
);
