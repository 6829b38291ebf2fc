import type { Migration } from '../migration.js';

/**
 * Auto-follow of paper portfolios: the owner's risk limits per portfolio, and one decision row per
 * (portfolio, signal, trigger). The unique key is what lets several processes receive the same signal
 * and act on it once: the decision is inserted before the order is placed, and the loser of the race
 * does nothing. `trigger` separates the entry or exit a signal asked for from the stop-loss or
 * take-profit sale of the position that signal opened. The day-start columns hold the equity snapshot
 * the daily loss limit is measured against.
 */
export const autoFollowMigration: Migration = {
  version: 5,
  name: 'auto_follow',
  sql: `
CREATE TABLE auto_follow_settings (
  portfolio_id uuid NOT NULL,
  enabled boolean NOT NULL DEFAULT false,
  symbols text[] NOT NULL DEFAULT '{}',
  min_confidence double precision NOT NULL DEFAULT 0.6,
  risk_levels text[] NOT NULL DEFAULT '{low,medium}',
  max_position_percent double precision NOT NULL DEFAULT 10,
  max_open_positions integer NOT NULL DEFAULT 5,
  max_daily_loss_percent double precision NOT NULL DEFAULT 3,
  use_stop_loss boolean NOT NULL DEFAULT true,
  day_start_date date,
  day_start_equity numeric(24, 8),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT auto_follow_settings_pkey PRIMARY KEY (portfolio_id),
  CONSTRAINT auto_follow_settings_portfolio_id_fkey FOREIGN KEY (portfolio_id) REFERENCES portfolios (id) ON DELETE CASCADE,
  CONSTRAINT auto_follow_settings_min_confidence_check CHECK (min_confidence >= 0 AND min_confidence <= 1),
  CONSTRAINT auto_follow_settings_risk_levels_check CHECK (cardinality(risk_levels) >= 1 AND risk_levels <@ ARRAY['low', 'medium', 'high']::text[]),
  CONSTRAINT auto_follow_settings_max_position_percent_check CHECK (max_position_percent > 0 AND max_position_percent <= 100),
  CONSTRAINT auto_follow_settings_max_open_positions_check CHECK (max_open_positions >= 1 AND max_open_positions <= 100),
  CONSTRAINT auto_follow_settings_max_daily_loss_percent_check CHECK (max_daily_loss_percent > 0 AND max_daily_loss_percent <= 100),
  CONSTRAINT auto_follow_settings_day_start_check CHECK ((day_start_date IS NULL) = (day_start_equity IS NULL))
);

CREATE TABLE auto_follow_decisions (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  portfolio_id uuid NOT NULL,
  signal_id uuid NOT NULL,
  trigger text NOT NULL DEFAULT 'signal',
  symbol text NOT NULL,
  action text NOT NULL,
  outcome text NOT NULL,
  reason text NOT NULL,
  order_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT auto_follow_decisions_pkey PRIMARY KEY (id),
  CONSTRAINT auto_follow_decisions_portfolio_id_fkey FOREIGN KEY (portfolio_id) REFERENCES portfolios (id) ON DELETE CASCADE,
  CONSTRAINT auto_follow_decisions_signal_id_fkey FOREIGN KEY (signal_id) REFERENCES signals (id) ON DELETE CASCADE,
  CONSTRAINT auto_follow_decisions_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE SET NULL,
  CONSTRAINT auto_follow_decisions_portfolio_signal_trigger_key UNIQUE (portfolio_id, signal_id, trigger),
  CONSTRAINT auto_follow_decisions_trigger_check CHECK (trigger IN ('signal', 'stop', 'target')),
  CONSTRAINT auto_follow_decisions_action_check CHECK (action IN ('BUY', 'SELL', 'HOLD')),
  CONSTRAINT auto_follow_decisions_outcome_check CHECK (outcome IN ('ordered', 'skipped', 'failed'))
);
CREATE INDEX auto_follow_decisions_portfolio_created_idx ON auto_follow_decisions (portfolio_id, created_at DESC, id DESC);
CREATE INDEX auto_follow_decisions_ordered_symbol_idx ON auto_follow_decisions (symbol, portfolio_id, created_at DESC) WHERE outcome = 'ordered';
`,
};
