import type { Timeframe } from '@goldensignals/engine';
import { check, doublePrecision, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { checkIn } from './check-in.js';
import { timestamptz } from './columns.js';
import { STORED_TIMEFRAMES } from './engine-values.js';

/** OHLCV bars by symbol, timeframe and bar start; `source` names the provider (`simulator` for simulated data). */
export const bars = pgTable(
  'bars',
  {
    symbol: text('symbol').notNull(),
    timeframe: text('timeframe').$type<Timeframe>().notNull(),
    time: timestamptz('time').notNull(),
    open: doublePrecision('open').notNull(),
    high: doublePrecision('high').notNull(),
    low: doublePrecision('low').notNull(),
    close: doublePrecision('close').notNull(),
    volume: doublePrecision('volume').notNull(),
    source: text('source').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'bars_pkey', columns: [t.symbol, t.timeframe, t.time] }), check('bars_timeframe_check', checkIn(t.timeframe, STORED_TIMEFRAMES))],
);
