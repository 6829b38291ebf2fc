import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { money, timestamptz } from './columns.js';
import { users } from './users.js';

/** Paper-trading accounts. Cash is an exact decimal (see `money`). */
export const portfolios = pgTable(
  'portfolios',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    currency: text('currency').notNull().default('USD'),
    initialCash: money('initial_cash').notNull(),
    cash: money('cash').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('portfolios_user_idx').on(t.userId), check('portfolios_initial_cash_check', sql`${t.initialCash} >= 0`)],
);
