import type { Migration } from '../migration.js';

/** How far each symbol's history has taught the accuracy tracker, so a restart never teaches it the same bars twice. */
export const learningWatermarksMigration: Migration = {
  version: 2,
  name: 'learning_watermarks',
  sql: `
CREATE TABLE learning_watermarks (
  symbol text NOT NULL,
  timeframe text NOT NULL CONSTRAINT learning_watermarks_timeframe_check CHECK (timeframe IN ('1m', '5m', '15m', '30m', '1h', '4h', '1d', '1w')),
  learned_through timestamptz NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT learning_watermarks_pkey PRIMARY KEY (symbol, timeframe)
);
`,
};
