import { bigint, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';

/**
 * Security and admin events. `user_id` has no foreign key on purpose: the record of what an account
 * did must outlive the account.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    time: timestamptz('time').notNull().defaultNow(),
    event: text('event').notNull(),
    userId: uuid('user_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('audit_log_time_idx').on(t.time.desc()),
    index('audit_log_user_time_idx').on(t.userId, t.time.desc()),
    index('audit_log_event_time_idx').on(t.event, t.time.desc()),
  ],
);
