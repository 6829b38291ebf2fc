import { boolean, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';

/** Admin overrides per agent: enabled or not, and config values that differ from the registry defaults. */
export const agentSettings = pgTable('agent_settings', {
  agent: text('agent').primaryKey(),
  enabled: boolean('enabled').notNull().default(true),
  config: jsonb('config').$type<Record<string, unknown>>().notNull().default({}),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});
