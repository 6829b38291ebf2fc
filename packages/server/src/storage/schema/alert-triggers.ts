import { check, index, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { alerts } from './alerts.js';
import { checkIn } from './check-in.js';
import { timestamptz } from './columns.js';

/** What became of a trigger: sent to the rule's channels, or held back by its quiet hours or its hourly limit. */
export const TRIGGER_STATUSES = ['sent', 'quiet_hours', 'rate_limited'] as const;

/** One of {@link TRIGGER_STATUSES}. */
export type TriggerStatus = (typeof TRIGGER_STATUSES)[number];

/**
 * Each firing of an alert rule, with the message it sent (or would have sent). Unique per (rule, event key), so the
 * same event evaluated twice — redelivered, or on two API nodes — fires a rule once.
 */
export const alertTriggers = pgTable(
  'alert_triggers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    alertId: uuid('alert_id')
      .notNull()
      .references(() => alerts.id, { onDelete: 'cascade' }),
    eventKey: text('event_key').notNull(),
    eventType: text('event_type').notNull(),
    subject: text('subject').notNull(),
    message: jsonb('message').$type<unknown>().notNull(),
    status: text('status').$type<TriggerStatus>().notNull(),
    firedAt: timestamptz('fired_at').notNull().defaultNow(),
  },
  (t) => [
    unique('alert_triggers_alert_event_key').on(t.alertId, t.eventKey),
    index('alert_triggers_alert_fired_idx').on(t.alertId, t.firedAt.desc()),
    check('alert_triggers_status_check', checkIn(t.status, TRIGGER_STATUSES)),
  ],
);
