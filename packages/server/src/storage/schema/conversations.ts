import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { users } from './users.js';

/** AI Lab conversations, per user (`userId` null: the install owner's while accounts are off). */
export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** `null` until the first question names the conversation. */
    title: text('title'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    /** Moves with every message, so the newest conversations come first. */
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('conversations_user_updated_idx').on(t.userId, t.updatedAt.desc(), t.id.desc()),
    check('conversations_title_check', sql`char_length(${t.title}) BETWEEN 1 AND 200`),
  ],
);
