import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { users } from './users.js';

/** A daily window in which a rule's triggers are recorded but not sent; `end` before `start` wraps midnight. */
export interface QuietHours {
  /** `HH:MM`, 24-hour, local time of `timeZone`; inclusive. */
  readonly start: string;
  /** `HH:MM`; exclusive. */
  readonly end: string;
  /** IANA time zone name, e.g. `Europe/Berlin`. */
  readonly timeZone: string;
}

/**
 * User alerts on a symbol (`*`: every symbol, for signal, outcome and system rules): `kind` names the condition (e.g.
 * `price_above`, `signal`), `params` its values; `quiet_hours` and `max_per_hour` hold sending back.
 */
export const alerts = pgTable(
  'alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    symbol: text('symbol').notNull(),
    kind: text('kind').notNull(),
    params: jsonb('params').$type<Record<string, unknown>>().notNull().default({}),
    channels: text('channels').array().notNull().default([]),
    active: boolean('active').notNull().default(true),
    lastTriggeredAt: timestamptz('last_triggered_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    /** Shown in the rule's messages (`BUY AAPL 72% (rule: strong buys)`); null: described from the condition. */
    name: text('name'),
    quietHours: jsonb('quiet_hours').$type<QuietHours>(),
    maxPerHour: integer('max_per_hour'),
  },
  (t) => [
    index('alerts_user_idx').on(t.userId),
    index('alerts_active_symbol_idx').on(t.symbol).where(sql`${t.active}`),
    check('alerts_max_per_hour_check', sql`${t.maxPerHour} >= 1 AND ${t.maxPerHour} <= 1000`),
  ],
);
