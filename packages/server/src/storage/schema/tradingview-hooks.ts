import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { users } from './users.js';

/**
 * A user's TradingView webhooks (`user_id` null: the install owner's while accounts are off). Only the SHA-256 of the
 * secret in the hook's URL is stored: the secret is shown once, when the hook is created.
 */
export const tradingviewHooks = pgTable(
  'tradingview_hooks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    secretHash: text('secret_hash').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    lastReceivedAt: timestamptz('last_received_at'),
  },
  (t) => [
    unique('tradingview_hooks_secret_hash_key').on(t.secretHash),
    index('tradingview_hooks_user_created_idx').on(t.userId, t.createdAt),
    check('tradingview_hooks_name_check', sql`char_length(${t.name}) BETWEEN 1 AND 100`),
  ],
);
