import type { Migration } from '../migration.js';

/**
 * Learning claimed per symbol and timeframe, so several processes never learn the same bar twice: a
 * row is locked while a process learns the bars after `learned_through` (NULL: none yet, a row made to
 * be locked) and keeps the votes still waiting for their horizon, which the next process to learn from
 * the symbol scores.
 */
export const learningClaimsMigration: Migration = {
  version: 8,
  name: 'learning_claims',
  sql: `
ALTER TABLE learning_watermarks ALTER COLUMN learned_through DROP NOT NULL;
ALTER TABLE learning_watermarks ADD COLUMN pending_votes jsonb;
`,
};
