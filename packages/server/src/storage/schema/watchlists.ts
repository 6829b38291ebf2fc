import { pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { users } from './users.js';

/** Named symbol lists; the scheduler scans every (symbol, timeframe) they hold. `userId` null: a system list. */
export const watchlists = pgTable(
  'watchlists',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    symbols: text('symbols').array().notNull().default([]),
    timeframes: text('timeframes').array().notNull().default(['1d']),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [unique('watchlists_user_name_key').on(t.userId, t.name).nullsNotDistinct()],
);
