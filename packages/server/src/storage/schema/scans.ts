import type { Timeframe } from '@goldensignals/engine';
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from './check-in.js';
import { timestamptz } from './columns.js';
import { STORED_TIMEFRAMES } from './engine-values.js';
import { users } from './users.js';

/** Scan states: `done` and `failed` are final (`failed`: no symbol got a signal, or the scan could not run). */
export const SCAN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
/** Who started a scan: a user, or the scheduler at a bar close. */
export const SCAN_TRIGGERS = ['manual', 'schedule'] as const;

/** One of {@link SCAN_STATUSES}. */
export type ScanStatus = (typeof SCAN_STATUSES)[number];
/** One of {@link SCAN_TRIGGERS}. */
export type ScanTrigger = (typeof SCAN_TRIGGERS)[number];

/**
 * Scans: one signal per symbol of a list for one timeframe, run in the background (in process, or by
 * BullMQ workers on any node). The counters are what the API shows as progress; they are only ever
 * moved together with an item of `scan_items`, so a retried job never counts a symbol twice.
 * `schedule_key` names the bar slot of a scheduled scan: one scan per slot, however often it is asked for.
 */
export const scans = pgTable(
  'scans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    timeframe: text('timeframe').$type<Timeframe>().notNull(),
    symbols: text('symbols').array().notNull(),
    trigger: text('trigger').$type<ScanTrigger>().notNull().default('manual'),
    scheduleKey: text('schedule_key'),
    status: text('status').$type<ScanStatus>().notNull().default('queued'),
    total: integer('total').notNull(),
    completed: integer('completed').notNull().default(0),
    failedCount: integer('failed_count').notNull().default(0),
    error: text('error'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    startedAt: timestamptz('started_at'),
    finishedAt: timestamptz('finished_at'),
  },
  (t) => [
    unique('scans_schedule_key_key').on(t.scheduleKey),
    index('scans_user_created_idx').on(t.userId, t.createdAt.desc(), t.id.desc()),
    index('scans_trigger_created_idx').on(t.trigger, t.createdAt.desc(), t.id.desc()),
    index('scans_unfinished_idx').on(t.createdAt).where(sql`${t.status} IN ('queued', 'running')`),
    check('scans_timeframe_check', checkIn(t.timeframe, STORED_TIMEFRAMES)),
    check('scans_trigger_check', checkIn(t.trigger, SCAN_TRIGGERS)),
    check('scans_status_check', checkIn(t.status, SCAN_STATUSES)),
    check('scans_counts_check', sql`${t.completed} >= 0 AND ${t.failedCount} >= 0 AND ${t.completed} + ${t.failedCount} <= ${t.total}`),
  ],
);
