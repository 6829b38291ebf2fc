import type { Migration } from '../migration.js';

/**
 * AI Lab conversations: one row per conversation (a user's, or the install owner's while accounts are off, `user_id`
 * null) and its messages in order. `position` numbers a conversation's messages 1, 2, 3, …: two replies written into
 * one conversation at once collide on the unique key instead of interleaving. `title` is null until the first
 * question names the conversation. `incomplete` marks an answer cut short (the client left, the model failed).
 */
export const conversationsMigration: Migration = {
  version: 11,
  name: 'conversations',
  sql: `
CREATE TABLE conversations (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id uuid,
  title text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT conversations_pkey PRIMARY KEY (id),
  CONSTRAINT conversations_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT conversations_title_check CHECK (char_length(title) BETWEEN 1 AND 200)
);
CREATE INDEX conversations_user_updated_idx ON conversations (user_id, updated_at DESC, id DESC);

CREATE TABLE conversation_messages (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  conversation_id uuid NOT NULL,
  position integer NOT NULL,
  role text NOT NULL,
  content text NOT NULL,
  tool_calls jsonb,
  citations jsonb,
  incomplete boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT conversation_messages_pkey PRIMARY KEY (id),
  CONSTRAINT conversation_messages_conversation_id_fkey FOREIGN KEY (conversation_id) REFERENCES conversations (id) ON DELETE CASCADE,
  CONSTRAINT conversation_messages_position_key UNIQUE (conversation_id, position),
  CONSTRAINT conversation_messages_role_check CHECK (role IN ('user', 'assistant', 'tool')),
  CONSTRAINT conversation_messages_position_check CHECK (position >= 1)
);
`,
};
