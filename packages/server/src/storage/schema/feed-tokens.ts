import { pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { users } from './users.js';

/**
 * Tokens of the private signal feeds (RSS/Atom), one per user (`userId` null: the install owner while accounts are
 * off), stored hashed: the token is shown once when made.
 */
export const feedTokens = pgTable(
  'feed_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    lastUsedAt: timestamptz('last_used_at'),
  },
  (t) => [unique('feed_tokens_user_key').on(t.userId).nullsNotDistinct(), unique('feed_tokens_token_hash_key').on(t.tokenHash)],
);
