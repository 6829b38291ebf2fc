import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';

/** Applied migrations (created by the migrator itself, before the first migration). */
export const schemaMigrations = pgTable('schema_migrations', {
  version: integer('version').primaryKey(),
  name: text('name').notNull(),
  checksum: text('checksum').notNull(),
  appliedAt: timestamptz('applied_at').notNull().defaultNow(),
});
