import type { SQL } from 'drizzle-orm';
import type { Queryable } from './database.js';

/**
 * Runs raw SQL and returns its rows. Both drivers answer `execute` with an object holding `rows`
 * (PGlite's Results, pg's QueryResult); Drizzle types it per driver, so it is read structurally here.
 */
export async function executeRows<Row extends Record<string, unknown>>(db: Queryable, query: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(query);
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows)) return result.rows as Row[];
  throw new TypeError('the driver answered a query without rows');
}
