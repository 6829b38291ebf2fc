import type { SignalAction, Timeframe } from '@goldensignals/engine';
import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from './check-in.js';
import { timestamptz } from './columns.js';
import { SIGNAL_ACTIONS, STORED_TIMEFRAMES } from './engine-values.js';
import { tradingviewHooks } from './tradingview-hooks.js';
import { users } from './users.js';

/**
 * Votes that came from outside the engine (TradingView alerts), one row per accepted alert. `received_at` is when it
 * arrived, which is what the agent's look-ahead guard goes by; `bar_time` is the time the alert claimed; the vote
 * counts until `expires_at`.
 */
export const externalVotes = pgTable(
  'external_votes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    hookId: uuid('hook_id')
      .notNull()
      .references(() => tradingviewHooks.id, { onDelete: 'cascade' }),
    symbol: text('symbol').notNull(),
    timeframe: text('timeframe').$type<Timeframe>().notNull(),
    action: text('action').$type<SignalAction>().notNull(),
    confidence: doublePrecision('confidence').notNull(),
    price: doublePrecision('price'),
    strategy: text('strategy'),
    comment: text('comment'),
    barTime: timestamptz('bar_time').notNull(),
    receivedAt: timestamptz('received_at').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [
    index('external_votes_symbol_timeframe_received_idx').on(t.symbol, t.timeframe, t.receivedAt),
    index('external_votes_hook_received_idx').on(t.hookId, t.receivedAt),
    check('external_votes_timeframe_check', checkIn(t.timeframe, STORED_TIMEFRAMES)),
    check('external_votes_action_check', checkIn(t.action, SIGNAL_ACTIONS)),
    check('external_votes_confidence_check', sql`${t.confidence} >= 0 AND ${t.confidence} <= 1`),
    check('external_votes_expiry_check', sql`${t.expiresAt} > ${t.receivedAt}`),
  ],
);
