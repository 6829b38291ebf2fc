import type { Migration } from '../migration.js';

/**
 * Scans as jobs: a list of symbols signalled for one timeframe in the background, with its progress, and
 * one row per symbol. Moving an item out of `pending` and counting it happen in one statement, so a job
 * retried after a crash never counts a symbol twice. `schedule_key` makes a scheduled scan unique per bar slot.
 */
export const scansMigration: Migration = {
  version: 7,
  name: 'scans',
  sql: `
CREATE TABLE scans (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id uuid,
  timeframe text NOT NULL,
  symbols text[] NOT NULL,
  trigger text NOT NULL DEFAULT 'manual',
  schedule_key text,
  status text NOT NULL DEFAULT 'queued',
  total integer NOT NULL,
  completed integer NOT NULL DEFAULT 0,
  failed_count integer NOT NULL DEFAULT 0,
  error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz,
  CONSTRAINT scans_pkey PRIMARY KEY (id),
  CONSTRAINT scans_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL,
  CONSTRAINT scans_schedule_key_key UNIQUE (schedule_key),
  CONSTRAINT scans_timeframe_check CHECK (timeframe IN ('1m', '5m', '15m', '30m', '1h', '4h', '1d', '1w')),
  CONSTRAINT scans_trigger_check CHECK (trigger IN ('manual', 'schedule')),
  CONSTRAINT scans_status_check CHECK (status IN ('queued', 'running', 'done', 'failed')),
  CONSTRAINT scans_counts_check CHECK (completed >= 0 AND failed_count >= 0 AND completed + failed_count <= total)
);
CREATE INDEX scans_user_created_idx ON scans (user_id, created_at DESC, id DESC);
CREATE INDEX scans_trigger_created_idx ON scans (trigger, created_at DESC, id DESC);
CREATE INDEX scans_unfinished_idx ON scans (created_at) WHERE status IN ('queued', 'running');

CREATE TABLE scan_items (
  scan_id uuid NOT NULL,
  symbol text NOT NULL,
  position integer NOT NULL,
  status text NOT NULL DEFAULT 'pending',
  signal_id uuid,
  error text,
  finished_at timestamptz,
  CONSTRAINT scan_items_pkey PRIMARY KEY (scan_id, symbol),
  CONSTRAINT scan_items_scan_id_fkey FOREIGN KEY (scan_id) REFERENCES scans (id) ON DELETE CASCADE,
  CONSTRAINT scan_items_signal_id_fkey FOREIGN KEY (signal_id) REFERENCES signals (id) ON DELETE SET NULL,
  CONSTRAINT scan_items_status_check CHECK (status IN ('pending', 'done', 'failed'))
);
`,
};
