import type { Migration } from '../migration.js';

/**
 * Due deliveries are claimed channel by channel (each channel's oldest due first, channels busy with earlier
 * attempts skipped): one index range per channel, so the backlog of a slow or dead channel is never walked past by
 * every claim, as it was through the single index on the due time.
 */
export const deliveriesDuePerChannelMigration: Migration = {
  version: 17,
  name: 'deliveries_due_per_channel',
  sql: `
CREATE INDEX notification_deliveries_channel_due_idx ON notification_deliveries (channel_id, next_attempt_at) WHERE next_attempt_at IS NOT NULL;
DROP INDEX notification_deliveries_due_idx;
`,
};
