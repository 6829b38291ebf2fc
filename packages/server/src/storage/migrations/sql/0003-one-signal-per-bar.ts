import type { Migration } from '../migration.js';

/**
 * At most one signal per symbol, timeframe and bar, so a retried or concurrent generation (another process, a
 * worker retrying a job) can never store a second one. Earlier versions checked before inserting, which is not
 * enough across processes; any duplicates that slipped through are removed first, keeping the first stored
 * (its votes and feedback go with the removed ones).
 */
export const oneSignalPerBarMigration: Migration = {
  version: 3,
  name: 'one_signal_per_bar',
  sql: `
DELETE FROM signals AS later
USING signals AS first
WHERE later.symbol = first.symbol
  AND later.timeframe = first.timeframe
  AND later.time = first.time
  AND (later.created_at, later.id) > (first.created_at, first.id);
CREATE UNIQUE INDEX signals_bar_key ON signals (symbol, timeframe, time);
`,
};
