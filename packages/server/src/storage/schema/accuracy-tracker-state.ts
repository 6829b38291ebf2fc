import type { AccuracyTrackerState } from '@goldensignals/engine';
import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, smallint } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';

/**
 * The parts of the accuracy tracker's state that are not per agent: its options and the consensus'
 * trade records. One row: the server runs one tracker.
 */
export const accuracyTrackerState = pgTable(
  'accuracy_tracker_state',
  {
    id: smallint('id').primaryKey().default(1),
    version: integer('version').notNull(),
    options: jsonb('options').$type<AccuracyTrackerState['options']>().notNull(),
    trades: jsonb('trades').$type<AccuracyTrackerState['trades']>().notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [check('accuracy_tracker_state_single_row_check', sql`${t.id} = 1`)],
);
