import type { Migration } from '../migration.js';

/** The first schema: accounts, signals and votes, agent accuracy, bars, paper trading, jobs, audit. */
export const initialMigration: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL,
  name text,
  password_hash text NOT NULL,
  role text NOT NULL DEFAULT 'viewer' CONSTRAINT users_role_check CHECK (role IN ('viewer', 'trader', 'admin')),
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  last_login_at timestamptz
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE api_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name text NOT NULL,
  prefix text NOT NULL CONSTRAINT api_keys_prefix_key UNIQUE,
  key_hash text NOT NULL CONSTRAINT api_keys_key_hash_key UNIQUE,
  role text NOT NULL CONSTRAINT api_keys_role_check CHECK (role IN ('viewer', 'trader', 'admin')),
  scopes text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_keys_user_idx ON api_keys (user_id);

CREATE TABLE refresh_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  family_id uuid NOT NULL,
  token_hash text NOT NULL CONSTRAINT refresh_tokens_token_hash_key UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  replaced_by uuid,
  revoked_at timestamptz,
  ip text,
  user_agent text
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);

CREATE TABLE signals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  symbol text NOT NULL,
  timeframe text NOT NULL CONSTRAINT signals_timeframe_check CHECK (timeframe IN ('1m', '5m', '15m', '30m', '1h', '4h', '1d', '1w')),
  time timestamptz NOT NULL,
  action text NOT NULL CONSTRAINT signals_action_check CHECK (action IN ('BUY', 'SELL', 'HOLD')),
  confidence double precision NOT NULL CONSTRAINT signals_confidence_check CHECK (confidence >= 0 AND confidence <= 1),
  consensus_strength double precision NOT NULL
    CONSTRAINT signals_consensus_strength_check CHECK (consensus_strength >= 0 AND consensus_strength <= 1),
  price double precision NOT NULL,
  entry double precision NOT NULL,
  stop_loss double precision,
  take_profit double precision,
  risk_level text NOT NULL CONSTRAINT signals_risk_level_check CHECK (risk_level IN ('low', 'medium', 'high')),
  position_size double precision NOT NULL CONSTRAINT signals_position_size_check CHECK (position_size >= 0),
  expires_at timestamptz NOT NULL,
  summary text NOT NULL,
  simulated boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  outcome text,
  outcome_at timestamptz,
  outcome_price double precision,
  outcome_return double precision
);
CREATE INDEX signals_time_idx ON signals (time DESC, id DESC);
CREATE INDEX signals_symbol_time_idx ON signals (symbol, time DESC, id DESC);
CREATE INDEX signals_action_time_idx ON signals (action, time DESC, id DESC);
CREATE INDEX signals_created_at_idx ON signals (created_at DESC, id DESC);
CREATE INDEX signals_symbol_created_at_idx ON signals (symbol, created_at DESC, id DESC);
CREATE INDEX signals_open_idx ON signals (symbol, timeframe) WHERE outcome IS NULL;

CREATE TABLE signal_votes (
  signal_id uuid NOT NULL REFERENCES signals (id) ON DELETE CASCADE,
  ordinal smallint NOT NULL,
  agent text NOT NULL,
  category text NOT NULL
    CONSTRAINT signal_votes_category_check CHECK (category IN ('technical', 'risk', 'options', 'sentiment', 'ml', 'external')),
  action text CONSTRAINT signal_votes_action_check CHECK (action IN ('BUY', 'SELL', 'HOLD')),
  confidence double precision NOT NULL CONSTRAINT signal_votes_confidence_check CHECK (confidence >= 0 AND confidence <= 1),
  weight double precision NOT NULL CONSTRAINT signal_votes_weight_check CHECK (weight >= 0),
  status text NOT NULL CONSTRAINT signal_votes_status_check CHECK (status IN ('voted', 'abstained', 'excluded')),
  reasoning text NOT NULL,
  CONSTRAINT signal_votes_pkey PRIMARY KEY (signal_id, ordinal),
  CONSTRAINT signal_votes_agent_key UNIQUE (signal_id, agent)
);
CREATE INDEX signal_votes_agent_idx ON signal_votes (agent);

CREATE TABLE feedback (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  signal_id uuid NOT NULL REFERENCES signals (id) ON DELETE CASCADE,
  user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  rating smallint NOT NULL CONSTRAINT feedback_rating_check CHECK (rating BETWEEN 1 AND 5),
  comment text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX feedback_signal_idx ON feedback (signal_id);

CREATE TABLE agent_stats (
  agent text NOT NULL,
  symbol_class text NOT NULL,
  timeframe text NOT NULL,
  ordinal integer NOT NULL,
  hits double precision NOT NULL,
  samples double precision NOT NULL,
  scored integer NOT NULL,
  pushes integer NOT NULL,
  last_time timestamptz,
  hit_rate double precision NOT NULL,
  weight double precision NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT agent_stats_pkey PRIMARY KEY (agent, symbol_class, timeframe)
);

CREATE TABLE agent_weight_history (
  agent text NOT NULL,
  symbol_class text NOT NULL,
  timeframe text NOT NULL,
  time timestamptz NOT NULL,
  hit_rate double precision NOT NULL,
  samples double precision NOT NULL,
  weight double precision NOT NULL,
  CONSTRAINT agent_weight_history_pkey PRIMARY KEY (agent, symbol_class, timeframe, time)
);

CREATE TABLE accuracy_tracker_state (
  id smallint PRIMARY KEY DEFAULT 1 CONSTRAINT accuracy_tracker_state_single_row_check CHECK (id = 1),
  version integer NOT NULL,
  options jsonb NOT NULL,
  trades jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE agent_settings (
  agent text PRIMARY KEY,
  enabled boolean NOT NULL DEFAULT true,
  config jsonb NOT NULL DEFAULT '{}',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid
);

CREATE TABLE bars (
  symbol text NOT NULL,
  timeframe text NOT NULL CONSTRAINT bars_timeframe_check CHECK (timeframe IN ('1m', '5m', '15m', '30m', '1h', '4h', '1d', '1w')),
  time timestamptz NOT NULL,
  open double precision NOT NULL,
  high double precision NOT NULL,
  low double precision NOT NULL,
  close double precision NOT NULL,
  volume double precision NOT NULL,
  source text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT bars_pkey PRIMARY KEY (symbol, timeframe, time)
);

CREATE TABLE bar_coverage (
  symbol text NOT NULL,
  timeframe text NOT NULL,
  start_time timestamptz NOT NULL,
  end_time timestamptz NOT NULL,
  source text NOT NULL,
  fetched_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT bar_coverage_pkey PRIMARY KEY (symbol, timeframe, start_time),
  CONSTRAINT bar_coverage_range_check CHECK (end_time > start_time)
);

CREATE TABLE watchlists (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid REFERENCES users (id) ON DELETE CASCADE,
  name text NOT NULL,
  symbols text[] NOT NULL DEFAULT '{}',
  timeframes text[] NOT NULL DEFAULT '{1d}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT watchlists_user_name_key UNIQUE NULLS NOT DISTINCT (user_id, name)
);

CREATE TABLE portfolios (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid REFERENCES users (id) ON DELETE CASCADE,
  name text NOT NULL,
  currency text NOT NULL DEFAULT 'USD',
  initial_cash numeric(24, 8) NOT NULL CONSTRAINT portfolios_initial_cash_check CHECK (initial_cash >= 0),
  cash numeric(24, 8) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX portfolios_user_idx ON portfolios (user_id);

CREATE TABLE positions (
  portfolio_id uuid NOT NULL REFERENCES portfolios (id) ON DELETE CASCADE,
  symbol text NOT NULL,
  quantity numeric(28, 10) NOT NULL,
  average_price numeric(24, 8) NOT NULL,
  realized_pnl numeric(24, 8) NOT NULL DEFAULT 0,
  opened_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT positions_pkey PRIMARY KEY (portfolio_id, symbol)
);

CREATE TABLE orders (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  portfolio_id uuid NOT NULL REFERENCES portfolios (id) ON DELETE CASCADE,
  signal_id uuid REFERENCES signals (id) ON DELETE SET NULL,
  symbol text NOT NULL,
  side text NOT NULL CONSTRAINT orders_side_check CHECK (side IN ('buy', 'sell')),
  type text NOT NULL CONSTRAINT orders_type_check CHECK (type IN ('market', 'limit', 'stop', 'stop_limit')),
  quantity numeric(28, 10) NOT NULL CONSTRAINT orders_quantity_check CHECK (quantity > 0),
  limit_price numeric(24, 8),
  stop_price numeric(24, 8),
  status text NOT NULL DEFAULT 'open'
    CONSTRAINT orders_status_check CHECK (status IN ('open', 'partially_filled', 'filled', 'cancelled', 'rejected', 'expired')),
  filled_quantity numeric(28, 10) NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_portfolio_created_idx ON orders (portfolio_id, created_at DESC);
CREATE INDEX orders_working_idx ON orders (symbol) WHERE status IN ('open', 'partially_filled');

CREATE TABLE fills (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  portfolio_id uuid NOT NULL REFERENCES portfolios (id) ON DELETE CASCADE,
  symbol text NOT NULL,
  side text NOT NULL CONSTRAINT fills_side_check CHECK (side IN ('buy', 'sell')),
  quantity numeric(28, 10) NOT NULL CONSTRAINT fills_quantity_check CHECK (quantity > 0),
  price numeric(24, 8) NOT NULL CONSTRAINT fills_price_check CHECK (price >= 0),
  commission numeric(24, 8) NOT NULL DEFAULT 0,
  time timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fills_portfolio_time_idx ON fills (portfolio_id, time DESC);
CREATE INDEX fills_order_idx ON fills (order_id);

CREATE TABLE backtests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  status text NOT NULL DEFAULT 'queued'
    CONSTRAINT backtests_status_check CHECK (status IN ('queued', 'running', 'completed', 'failed', 'cancelled')),
  request jsonb NOT NULL,
  result jsonb,
  error text,
  progress double precision NOT NULL DEFAULT 0 CONSTRAINT backtests_progress_check CHECK (progress >= 0 AND progress <= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz
);
CREATE INDEX backtests_user_created_idx ON backtests (user_id, created_at DESC);
CREATE INDEX backtests_status_idx ON backtests (status, created_at);

CREATE TABLE alerts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid REFERENCES users (id) ON DELETE CASCADE,
  symbol text NOT NULL,
  kind text NOT NULL,
  params jsonb NOT NULL DEFAULT '{}',
  channels text[] NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  last_triggered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX alerts_user_idx ON alerts (user_id);
CREATE INDEX alerts_active_symbol_idx ON alerts (symbol) WHERE active;

CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  time timestamptz NOT NULL DEFAULT now(),
  event text NOT NULL,
  user_id uuid,
  ip text,
  user_agent text,
  details jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_time_idx ON audit_log (time DESC);
CREATE INDEX audit_log_user_time_idx ON audit_log (user_id, time DESC);
CREATE INDEX audit_log_event_time_idx ON audit_log (event, time DESC);
`,
};
