import type { RiskLevel, SignalAction, Timeframe } from '@goldensignals/engine';
import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from './check-in.js';
import { timestamptz } from './columns.js';
import { RISK_LEVELS, SIGNAL_ACTIONS, STORED_TIMEFRAMES } from './engine-values.js';

/**
 * Every signal the engine emitted (the engine's Signal fields), whether it came from simulated data,
 * and its outcome once the scorecard has followed it to its stop, target or expiry.
 */
export const signals = pgTable(
  'signals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    symbol: text('symbol').notNull(),
    timeframe: text('timeframe').$type<Timeframe>().notNull(),
    time: timestamptz('time').notNull(),
    action: text('action').$type<SignalAction>().notNull(),
    confidence: doublePrecision('confidence').notNull(),
    consensusStrength: doublePrecision('consensus_strength').notNull(),
    price: doublePrecision('price').notNull(),
    entry: doublePrecision('entry').notNull(),
    stopLoss: doublePrecision('stop_loss'),
    takeProfit: doublePrecision('take_profit'),
    riskLevel: text('risk_level').$type<RiskLevel>().notNull(),
    positionSize: doublePrecision('position_size').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    summary: text('summary').notNull(),
    simulated: boolean('simulated').notNull().default(false),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    outcome: text('outcome'),
    outcomeAt: timestamptz('outcome_at'),
    outcomePrice: doublePrecision('outcome_price'),
    outcomeReturn: doublePrecision('outcome_return'),
  },
  (t) => [
    uniqueIndex('signals_bar_key').on(t.symbol, t.timeframe, t.time),
    index('signals_time_idx').on(t.time.desc(), t.id.desc()),
    index('signals_symbol_time_idx').on(t.symbol, t.time.desc(), t.id.desc()),
    index('signals_action_time_idx').on(t.action, t.time.desc(), t.id.desc()),
    index('signals_created_at_idx').on(t.createdAt.desc(), t.id.desc()),
    index('signals_symbol_created_at_idx').on(t.symbol, t.createdAt.desc(), t.id.desc()),
    index('signals_open_idx').on(t.symbol, t.timeframe).where(sql`${t.outcome} IS NULL`),
    check('signals_timeframe_check', checkIn(t.timeframe, STORED_TIMEFRAMES)),
    check('signals_action_check', checkIn(t.action, SIGNAL_ACTIONS)),
    check('signals_risk_level_check', checkIn(t.riskLevel, RISK_LEVELS)),
    check('signals_confidence_check', sql`${t.confidence} >= 0 AND ${t.confidence} <= 1`),
    check('signals_consensus_strength_check', sql`${t.consensusStrength} >= 0 AND ${t.consensusStrength} <= 1`),
    check('signals_position_size_check', sql`${t.positionSize} >= 0`),
  ],
);
