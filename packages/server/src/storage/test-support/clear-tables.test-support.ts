import { getTableConfig } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { Database } from '../database.js';
import { ALL_TABLES } from '../schema/all-tables.js';

const DATA_TABLES = ALL_TABLES.map((table) => getTableConfig(table).name).filter((name) => name !== 'schema_migrations');

/** Empties every data table (not `schema_migrations`), so each test starts from a migrated, empty database. */
export async function clearTables(database: Database): Promise<void> {
  await database.db.execute(sql.raw(`TRUNCATE ${DATA_TABLES.join(', ')} RESTART IDENTITY CASCADE`));
}
