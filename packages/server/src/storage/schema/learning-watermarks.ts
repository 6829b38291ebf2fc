import type { Timeframe } from '@goldensignals/engine';
import { check, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { checkIn } from './check-in.js';
import { timestamptz } from './columns.js';
import { STORED_TIMEFRAMES } from './engine-values.js';

/**
 * The last bar of each symbol and timeframe whose votes the accuracy tracker has recorded. Saved in
 * the same transaction as the tracker, so after a restart the engine re-reads older bars without
 * voting on them again (which would count them twice) and learns only from newer ones.
 */
export const learningWatermarks = pgTable(
  'learning_watermarks',
  {
    symbol: text('symbol').notNull(),
    timeframe: text('timeframe').$type<Timeframe>().notNull(),
    learnedThrough: timestamptz('learned_through').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'learning_watermarks_pkey', columns: [t.symbol, t.timeframe] }),
    check('learning_watermarks_timeframe_check', checkIn(t.timeframe, STORED_TIMEFRAMES)),
  ],
);
