import type { RiskLevel } from '@goldensignals/engine';
import { sql } from 'drizzle-orm';
import { boolean, check, date, doublePrecision, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { money, timestamptz } from './columns.js';
import { portfolios } from './portfolios.js';

/**
 * A paper portfolio's auto-follow switch and risk limits (no row: never saved, the defaults apply), and
 * the equity snapshot at the start of the current UTC day that the daily loss limit compares against.
 */
export const autoFollowSettings = pgTable(
  'auto_follow_settings',
  {
    portfolioId: uuid('portfolio_id')
      .primaryKey()
      .references(() => portfolios.id, { onDelete: 'cascade' }),
    enabled: boolean('enabled').notNull().default(false),
    /** Empty: every symbol of the owner's watchlists. */
    symbols: text('symbols').array().notNull().default([]),
    minConfidence: doublePrecision('min_confidence').notNull().default(0.6),
    riskLevels: text('risk_levels').array().$type<RiskLevel[]>().notNull().default(['low', 'medium']),
    maxPositionPercent: doublePrecision('max_position_percent').notNull().default(10),
    maxOpenPositions: integer('max_open_positions').notNull().default(5),
    maxDailyLossPercent: doublePrecision('max_daily_loss_percent').notNull().default(3),
    useStopLoss: boolean('use_stop_loss').notNull().default(true),
    /** The UTC day (`YYYY-MM-DD`) `dayStartEquity` was taken on. */
    dayStartDate: date('day_start_date', { mode: 'string' }),
    dayStartEquity: money('day_start_equity'),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('auto_follow_settings_min_confidence_check', sql`${t.minConfidence} >= 0 AND ${t.minConfidence} <= 1`),
    check('auto_follow_settings_risk_levels_check', sql`cardinality(${t.riskLevels}) >= 1 AND ${t.riskLevels} <@ ARRAY['low', 'medium', 'high']::text[]`),
    check('auto_follow_settings_max_position_percent_check', sql`${t.maxPositionPercent} > 0 AND ${t.maxPositionPercent} <= 100`),
    check('auto_follow_settings_max_open_positions_check', sql`${t.maxOpenPositions} >= 1 AND ${t.maxOpenPositions} <= 100`),
    check('auto_follow_settings_max_daily_loss_percent_check', sql`${t.maxDailyLossPercent} > 0 AND ${t.maxDailyLossPercent} <= 100`),
    check('auto_follow_settings_day_start_check', sql`(${t.dayStartDate} IS NULL) = (${t.dayStartEquity} IS NULL)`),
  ],
);
