import type { Migration } from '../migration.js';

/**
 * Telegram chats linked to accounts, and the one-time codes that link them. A user links one chat and a chat serves
 * one user; `user_id` null is the install owner's while accounts are off (hence NULLS NOT DISTINCT). The link keeps
 * the notification channel it created so unlinking can remove it. Codes are stored hashed, one per user: a new code
 * replaces the older one.
 */
export const telegramLinksMigration: Migration = {
  version: 13,
  name: 'telegram_links',
  sql: `
CREATE TABLE telegram_links (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid REFERENCES users (id) ON DELETE CASCADE,
  chat_id text NOT NULL,
  username text,
  channel_id uuid REFERENCES notification_channels (id) ON DELETE SET NULL,
  linked_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT telegram_links_user_key UNIQUE NULLS NOT DISTINCT (user_id),
  CONSTRAINT telegram_links_chat_key UNIQUE (chat_id)
);

CREATE TABLE telegram_link_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid REFERENCES users (id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT telegram_link_codes_user_key UNIQUE NULLS NOT DISTINCT (user_id),
  CONSTRAINT telegram_link_codes_code_hash_key UNIQUE (code_hash)
);
`,
};
