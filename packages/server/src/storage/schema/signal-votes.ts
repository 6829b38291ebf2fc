import type { AgentCategory, SignalAction, VoteStatus } from '@goldensignals/engine';
import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, pgTable, primaryKey, smallint, text, unique, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from './check-in.js';
import { AGENT_CATEGORIES, SIGNAL_ACTIONS, VOTE_STATUSES } from './engine-values.js';
import { signals } from './signals.js';

/** Every agent's part in a signal, in registry order (`ordinal`), abstentions and exclusions included. */
export const signalVotes = pgTable(
  'signal_votes',
  {
    signalId: uuid('signal_id')
      .notNull()
      .references(() => signals.id, { onDelete: 'cascade' }),
    ordinal: smallint('ordinal').notNull(),
    agent: text('agent').notNull(),
    category: text('category').$type<AgentCategory>().notNull(),
    action: text('action').$type<SignalAction>(),
    confidence: doublePrecision('confidence').notNull(),
    weight: doublePrecision('weight').notNull(),
    status: text('status').$type<VoteStatus>().notNull(),
    reasoning: text('reasoning').notNull(),
  },
  (t) => [
    primaryKey({ name: 'signal_votes_pkey', columns: [t.signalId, t.ordinal] }),
    unique('signal_votes_agent_key').on(t.signalId, t.agent),
    index('signal_votes_agent_idx').on(t.agent),
    check('signal_votes_category_check', checkIn(t.category, AGENT_CATEGORIES)),
    check('signal_votes_action_check', checkIn(t.action, SIGNAL_ACTIONS)),
    check('signal_votes_status_check', checkIn(t.status, VOTE_STATUSES)),
    check('signal_votes_confidence_check', sql`${t.confidence} >= 0 AND ${t.confidence} <= 1`),
    check('signal_votes_weight_check', sql`${t.weight} >= 0`),
  ],
);
