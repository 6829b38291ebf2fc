import { boolean, check, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from './check-in.js';
import { timestamptz } from './columns.js';
import { users } from './users.js';

/** Kinds of notification channel. */
export const CHANNEL_KINDS = ['webhook', 'telegram', 'discord', 'slack', 'email'] as const;

/** A kind of notification channel. */
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/**
 * A user's notification channels (`user_id` null: the install owner's while accounts are off). `config` holds the
 * kind's settings (URL, bot token and chat, address); `secret` the webhook signing secret.
 */
export const notificationChannels = pgTable(
  'notification_channels',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ChannelKind>().notNull(),
    name: text('name').notNull(),
    config: jsonb('config').$type<Record<string, string>>().notNull().default({}),
    secret: text('secret'),
    enabled: boolean('enabled').notNull().default(true),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('notification_channels_user_created_idx').on(t.userId, t.createdAt), check('notification_channels_kind_check', checkIn(t.kind, CHANNEL_KINDS))],
);
