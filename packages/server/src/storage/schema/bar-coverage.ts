import type { Timeframe } from '@goldensignals/engine';
import { sql } from 'drizzle-orm';
import { check, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';

/**
 * Time ranges `[start_time, end_time)` already fetched from a provider for a symbol and timeframe.
 * Markets close (nights, weekends, holidays), so a range without bars is not necessarily missing:
 * only ranges never fetched are.
 */
export const barCoverage = pgTable(
  'bar_coverage',
  {
    symbol: text('symbol').notNull(),
    timeframe: text('timeframe').$type<Timeframe>().notNull(),
    startTime: timestamptz('start_time').notNull(),
    endTime: timestamptz('end_time').notNull(),
    source: text('source').notNull(),
    fetchedAt: timestamptz('fetched_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'bar_coverage_pkey', columns: [t.symbol, t.timeframe, t.startTime] }),
    check('bar_coverage_range_check', sql`${t.endTime} > ${t.startTime}`),
  ],
);
