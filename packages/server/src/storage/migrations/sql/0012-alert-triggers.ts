import type { Migration } from '../migration.js';

/**
 * Alert evaluation: every time a rule fires it leaves one `alert_triggers` row, unique per (rule, event key) —
 * `signal:<id>`, `outcome:<id>:<kind>`, `price:<time>` — so that several API nodes evaluating the same (at least
 * once delivered) event store one trigger: the insert that loses the race does nothing and sends nothing. A trigger
 * silenced by the rule's quiet hours or rate limit is kept with that status. Deliveries point back at the trigger
 * they carry (set null when the rule and its triggers are deleted: the delivery record stays). Rules gain a name
 * (shown in their messages), quiet hours (`{start, end, timeZone}`) and a per-hour limit.
 */
export const alertTriggersMigration: Migration = {
  version: 12,
  name: 'alert_triggers',
  sql: `
ALTER TABLE alerts ADD COLUMN name text;
ALTER TABLE alerts ADD COLUMN quiet_hours jsonb;
ALTER TABLE alerts ADD COLUMN max_per_hour integer CONSTRAINT alerts_max_per_hour_check CHECK (max_per_hour >= 1 AND max_per_hour <= 1000);

CREATE TABLE alert_triggers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  alert_id uuid NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
  event_key text NOT NULL,
  event_type text NOT NULL,
  subject text NOT NULL,
  message jsonb NOT NULL,
  status text NOT NULL CONSTRAINT alert_triggers_status_check CHECK (status IN ('sent', 'quiet_hours', 'rate_limited')),
  fired_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT alert_triggers_alert_event_key UNIQUE (alert_id, event_key)
);
CREATE INDEX alert_triggers_alert_fired_idx ON alert_triggers (alert_id, fired_at DESC);

ALTER TABLE notification_deliveries ADD COLUMN alert_trigger_id uuid REFERENCES alert_triggers (id) ON DELETE SET NULL;
CREATE INDEX notification_deliveries_alert_trigger_idx ON notification_deliveries (alert_trigger_id) WHERE alert_trigger_id IS NOT NULL;
`,
};
