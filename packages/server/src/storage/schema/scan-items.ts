import { check, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from './check-in.js';
import { timestamptz } from './columns.js';
import { scans } from './scans.js';
import { signals } from './signals.js';

/** A symbol of a scan: waiting, or finished with its signal or the error that stopped it. */
export const SCAN_ITEM_STATUSES = ['pending', 'done', 'failed'] as const;

/** One of {@link SCAN_ITEM_STATUSES}. */
export type ScanItemStatus = (typeof SCAN_ITEM_STATUSES)[number];

/** The symbols of each scan, in the order asked, with what became of each. */
export const scanItems = pgTable(
  'scan_items',
  {
    scanId: uuid('scan_id')
      .notNull()
      .references(() => scans.id, { onDelete: 'cascade' }),
    symbol: text('symbol').notNull(),
    position: integer('position').notNull(),
    status: text('status').$type<ScanItemStatus>().notNull().default('pending'),
    signalId: uuid('signal_id').references(() => signals.id, { onDelete: 'set null' }),
    error: text('error'),
    finishedAt: timestamptz('finished_at'),
  },
  (t) => [primaryKey({ name: 'scan_items_pkey', columns: [t.scanId, t.symbol] }), check('scan_items_status_check', checkIn(t.status, SCAN_ITEM_STATUSES))],
);
