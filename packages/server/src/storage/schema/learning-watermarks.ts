import type { Timeframe } from '@goldensignals/engine';
import { check, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { checkIn } from './check-in.js';
import { timestamptz } from './columns.js';
import { STORED_TIMEFRAMES } from './engine-values.js';

/**
 * The last bar of each symbol and timeframe whose votes an accuracy tracker has recorded, and those of
 * its votes still waiting for their horizon. A process claims the bars after it (row locked) before it
 * learns from them, so no bar is learned twice however many processes follow the symbol, and a restart
 * re-reads older bars without voting on them again. `learned_through` is NULL on a row made only to be
 * locked by a first claim.
 */
export const learningWatermarks = pgTable(
  'learning_watermarks',
  {
    symbol: text('symbol').notNull(),
    timeframe: text('timeframe').$type<Timeframe>().notNull(),
    learnedThrough: timestamptz('learned_through'),
    pendingVotes: jsonb('pending_votes').$type<unknown>(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'learning_watermarks_pkey', columns: [t.symbol, t.timeframe] }),
    check('learning_watermarks_timeframe_check', checkIn(t.timeframe, STORED_TIMEFRAMES)),
  ],
);
