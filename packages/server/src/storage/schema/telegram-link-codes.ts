import { pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { users } from './users.js';

/** One-time codes that link a Telegram chat to an account: stored hashed, expiring, one per user (the newest). */
export const telegramLinkCodes = pgTable(
  'telegram_link_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [unique('telegram_link_codes_user_key').on(t.userId).nullsNotDistinct(), unique('telegram_link_codes_code_hash_key').on(t.codeHash)],
);
