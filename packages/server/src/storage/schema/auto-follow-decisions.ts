import type { SignalAction } from '@goldensignals/engine';
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from './check-in.js';
import { timestamptz } from './columns.js';
import { SIGNAL_ACTIONS } from './engine-values.js';
import { orders } from './orders.js';
import { portfolios } from './portfolios.js';
import { signals } from './signals.js';

/** What made auto-follow act: the signal itself, or the stop-loss or take-profit of the signal that opened the position. */
export const AUTO_FOLLOW_TRIGGERS = ['signal', 'stop', 'target'] as const;
/** What came of a decision. */
export const AUTO_FOLLOW_OUTCOMES = ['ordered', 'skipped', 'failed'] as const;

/** One of {@link AUTO_FOLLOW_TRIGGERS}. */
export type AutoFollowTrigger = (typeof AUTO_FOLLOW_TRIGGERS)[number];
/** One of {@link AUTO_FOLLOW_OUTCOMES}. */
export type AutoFollowOutcome = (typeof AUTO_FOLLOW_OUTCOMES)[number];

/**
 * What auto-follow did about a signal in a portfolio, and why. Unique per (portfolio, signal, trigger):
 * inserted before any order is placed, so of several processes handling one signal only one acts.
 */
export const autoFollowDecisions = pgTable(
  'auto_follow_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    portfolioId: uuid('portfolio_id')
      .notNull()
      .references(() => portfolios.id, { onDelete: 'cascade' }),
    signalId: uuid('signal_id')
      .notNull()
      .references(() => signals.id, { onDelete: 'cascade' }),
    trigger: text('trigger').$type<AutoFollowTrigger>().notNull().default('signal'),
    symbol: text('symbol').notNull(),
    action: text('action').$type<SignalAction>().notNull(),
    outcome: text('outcome').$type<AutoFollowOutcome>().notNull(),
    reason: text('reason').notNull(),
    orderId: uuid('order_id').references(() => orders.id, { onDelete: 'set null' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    unique('auto_follow_decisions_portfolio_signal_trigger_key').on(t.portfolioId, t.signalId, t.trigger),
    index('auto_follow_decisions_portfolio_created_idx').on(t.portfolioId, t.createdAt.desc(), t.id.desc()),
    index('auto_follow_decisions_ordered_symbol_idx').on(t.symbol, t.portfolioId, t.createdAt.desc()).where(sql`${t.outcome} = 'ordered'`),
    check('auto_follow_decisions_trigger_check', checkIn(t.trigger, AUTO_FOLLOW_TRIGGERS)),
    check('auto_follow_decisions_action_check', checkIn(t.action, SIGNAL_ACTIONS)),
    check('auto_follow_decisions_outcome_check', checkIn(t.outcome, AUTO_FOLLOW_OUTCOMES)),
  ],
);
