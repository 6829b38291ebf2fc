import type { SymbolClass, Timeframe } from '@goldensignals/engine';
import { doublePrecision, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';

/**
 * Each agent's current accuracy record per symbol class and timeframe (the tracker's cells): the
 * counts it is restored from, and the hit rate and weight the agents API shows. `ordinal` keeps the
 * tracker's order of first appearance.
 */
export const agentStats = pgTable(
  'agent_stats',
  {
    agent: text('agent').notNull(),
    symbolClass: text('symbol_class').$type<SymbolClass>().notNull(),
    timeframe: text('timeframe').$type<Timeframe>().notNull(),
    ordinal: integer('ordinal').notNull(),
    hits: doublePrecision('hits').notNull(),
    samples: doublePrecision('samples').notNull(),
    scored: integer('scored').notNull(),
    pushes: integer('pushes').notNull(),
    lastTime: timestamptz('last_time'),
    hitRate: doublePrecision('hit_rate').notNull(),
    weight: doublePrecision('weight').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'agent_stats_pkey', columns: [t.agent, t.symbolClass, t.timeframe] })],
);
