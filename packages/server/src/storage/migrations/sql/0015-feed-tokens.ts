import type { Migration } from '../migration.js';

/**
 * Private RSS/Atom feed tokens: at most one per user (`user_id` null: the install owner while accounts are off, so the
 * key treats nulls as equal), stored as a SHA-256 digest only. Feed readers cannot send an Authorization header, so
 * the token in the feed URL is the credential; a new one replaces the old and deleting the row revokes it.
 */
export const feedTokensMigration: Migration = {
  version: 15,
  name: 'feed_tokens',
  sql: `
CREATE TABLE feed_tokens (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id uuid REFERENCES users (id) ON DELETE CASCADE,
  token_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  CONSTRAINT feed_tokens_pkey PRIMARY KEY (id),
  CONSTRAINT feed_tokens_user_key UNIQUE NULLS NOT DISTINCT (user_id),
  CONSTRAINT feed_tokens_token_hash_key UNIQUE (token_hash)
);
`,
};
