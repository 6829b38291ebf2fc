import type { Migration } from '../migration.js';

/**
 * TradingView webhooks and the votes they bring. A hook belongs to a user (`user_id` null: the install owner's while
 * accounts are off) and is found by the SHA-256 of its secret, which is shown once and never stored. Each accepted
 * alert is one `external_votes` row: what it said for a symbol and timeframe, when it arrived (`received_at`, what the
 * agent's look-ahead guard goes by), the bar time it claimed, and until when it counts. Deleting a hook or a user
 * deletes their votes. The indexes serve the engine's read (a symbol and timeframe by arrival) and the per-hook rate
 * limit (a hook's arrivals in the last minute).
 */
export const externalVotesMigration: Migration = {
  version: 14,
  name: 'external_votes',
  sql: `
CREATE TABLE tradingview_hooks (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id uuid,
  name text NOT NULL,
  secret_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_received_at timestamptz,
  CONSTRAINT tradingview_hooks_pkey PRIMARY KEY (id),
  CONSTRAINT tradingview_hooks_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT tradingview_hooks_secret_hash_key UNIQUE (secret_hash),
  CONSTRAINT tradingview_hooks_name_check CHECK (char_length(name) BETWEEN 1 AND 100)
);
CREATE INDEX tradingview_hooks_user_created_idx ON tradingview_hooks (user_id, created_at);

CREATE TABLE external_votes (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id uuid,
  hook_id uuid NOT NULL,
  symbol text NOT NULL,
  timeframe text NOT NULL,
  action text NOT NULL,
  confidence double precision NOT NULL,
  price double precision,
  strategy text,
  comment text,
  bar_time timestamptz NOT NULL,
  received_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  CONSTRAINT external_votes_pkey PRIMARY KEY (id),
  CONSTRAINT external_votes_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT external_votes_hook_id_fkey FOREIGN KEY (hook_id) REFERENCES tradingview_hooks (id) ON DELETE CASCADE,
  CONSTRAINT external_votes_timeframe_check CHECK (timeframe IN ('1m', '5m', '15m', '30m', '1h', '4h', '1d', '1w')),
  CONSTRAINT external_votes_action_check CHECK (action IN ('BUY', 'SELL', 'HOLD')),
  CONSTRAINT external_votes_confidence_check CHECK (confidence >= 0 AND confidence <= 1),
  CONSTRAINT external_votes_expiry_check CHECK (expires_at > received_at)
);
CREATE INDEX external_votes_symbol_timeframe_received_idx ON external_votes (symbol, timeframe, received_at);
CREATE INDEX external_votes_hook_received_idx ON external_votes (hook_id, received_at);
`,
};
