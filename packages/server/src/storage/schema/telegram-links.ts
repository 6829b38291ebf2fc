import { pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { notificationChannels } from './notification-channels.js';
import { users } from './users.js';

/**
 * Telegram chats linked to accounts (`user_id` null: the install owner's while accounts are off): one chat per user,
 * one user per chat. `channel_id` is the notification channel the link made, so unlinking removes it.
 */
export const telegramLinks = pgTable(
  'telegram_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** Telegram chat ids exceed 32 bits; kept as text, as the Bot API and the channel config write them. */
    chatId: text('chat_id').notNull(),
    /** The Telegram user's @username when they have one. */
    username: text('username'),
    channelId: uuid('channel_id').references(() => notificationChannels.id, { onDelete: 'set null' }),
    linkedAt: timestamptz('linked_at').notNull().defaultNow(),
  },
  (t) => [unique('telegram_links_user_key').on(t.userId).nullsNotDistinct(), unique('telegram_links_chat_key').on(t.chatId)],
);
