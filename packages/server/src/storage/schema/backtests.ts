import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from './check-in.js';
import { timestamptz } from './columns.js';
import { users } from './users.js';

/** Backtest job states; the last three are final. */
export const BACKTEST_STATUSES = ['queued', 'running', 'completed', 'failed', 'cancelled'] as const;

/** A backtest job's state. */
export type BacktestStatus = (typeof BACKTEST_STATUSES)[number];

/** Submitted backtests: the request, progress, and the result or error once finished. */
export const backtests = pgTable(
  'backtests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status').$type<BacktestStatus>().notNull().default('queued'),
    request: jsonb('request').$type<unknown>().notNull(),
    result: jsonb('result').$type<unknown>(),
    error: text('error'),
    progress: doublePrecision('progress').notNull().default(0),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    startedAt: timestamptz('started_at'),
    finishedAt: timestamptz('finished_at'),
  },
  (t) => [
    index('backtests_user_created_idx').on(t.userId, t.createdAt.desc()),
    index('backtests_status_idx').on(t.status, t.createdAt),
    check('backtests_status_check', checkIn(t.status, BACKTEST_STATUSES)),
    check('backtests_progress_check', sql`${t.progress} >= 0 AND ${t.progress} <= 1`),
  ],
);
