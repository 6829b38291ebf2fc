import type { SymbolClass, Timeframe } from '@goldensignals/engine';
import { doublePrecision, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';

/**
 * Every point of every agent's weight history: one per bar at which its votes were scored. The
 * tracker keeps only the newest points in memory; this table keeps them all.
 */
export const agentWeightHistory = pgTable(
  'agent_weight_history',
  {
    agent: text('agent').notNull(),
    symbolClass: text('symbol_class').$type<SymbolClass>().notNull(),
    timeframe: text('timeframe').$type<Timeframe>().notNull(),
    time: timestamptz('time').notNull(),
    hitRate: doublePrecision('hit_rate').notNull(),
    samples: doublePrecision('samples').notNull(),
    weight: doublePrecision('weight').notNull(),
  },
  (t) => [primaryKey({ name: 'agent_weight_history_pkey', columns: [t.agent, t.symbolClass, t.timeframe, t.time] })],
);
