import { getTableName, sql } from 'drizzle-orm';
import type { Database } from '../../storage/database.js';
import { executeRows } from '../../storage/execute-rows.js';
import { ALL_TABLES } from '../../storage/schema/all-tables.js';

/** The exact row count of every table of the schema, by table name. */
export async function tableRowCounts(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ALL_TABLES) {
    const rows = await executeRows<{ count: number }>(database.db, sql`select count(*)::int as count from ${table}`);
    counts[getTableName(table)] = Number(rows[0]?.count ?? Number.NaN);
  }
  return counts;
}
