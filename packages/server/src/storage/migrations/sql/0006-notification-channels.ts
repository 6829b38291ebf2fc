import type { Migration } from '../migration.js';

/**
 * Where a user's notifications go (webhook, Telegram, Discord, Slack, e-mail) and every delivery to them, kept with
 * the message itself so a failed delivery can be retried and a dead letter re-sent. `next_attempt_at` is set while a
 * delivery still has an attempt coming: the lease of the attempt in flight (a crashed server's attempt is retried once
 * it ends) or the time of the next retry.
 */
export const notificationChannelsMigration: Migration = {
  version: 6,
  name: 'notification_channels',
  sql: `
CREATE TABLE notification_channels (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid REFERENCES users (id) ON DELETE CASCADE,
  kind text NOT NULL CONSTRAINT notification_channels_kind_check CHECK (kind IN ('webhook', 'telegram', 'discord', 'slack', 'email')),
  name text NOT NULL,
  config jsonb NOT NULL DEFAULT '{}',
  secret text,
  enabled boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notification_channels_user_created_idx ON notification_channels (user_id, created_at);

CREATE TABLE notification_deliveries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  channel_id uuid NOT NULL REFERENCES notification_channels (id) ON DELETE CASCADE,
  kind text NOT NULL CONSTRAINT notification_deliveries_kind_check CHECK (kind IN ('webhook', 'telegram', 'discord', 'slack', 'email')),
  event_type text NOT NULL,
  subject text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CONSTRAINT notification_deliveries_status_check CHECK (status IN ('pending', 'delivered', 'failed', 'dead')),
  attempts integer NOT NULL DEFAULT 0 CONSTRAINT notification_deliveries_attempts_check CHECK (attempts >= 0),
  next_attempt_at timestamptz,
  last_attempt_at timestamptz,
  error text,
  latency_ms integer CONSTRAINT notification_deliveries_latency_check CHECK (latency_ms >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz
);
CREATE INDEX notification_deliveries_channel_created_idx ON notification_deliveries (channel_id, created_at DESC);
CREATE INDEX notification_deliveries_due_idx ON notification_deliveries (next_attempt_at) WHERE next_attempt_at IS NOT NULL;
`,
};
