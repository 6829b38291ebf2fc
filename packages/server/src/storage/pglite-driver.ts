import type { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import type { DatabaseDriver } from './database-driver.js';
import type { SqlSession } from './migrations/sql-session.js';

/**
 * A driver over a PGlite instance. PGlite is one connection: the search path set here holds for every
 * later query, and its own queue serialises queries and transactions. `ownsClient: false` leaves the
 * instance open on close (tests that reuse one instance across schemas).
 */
export async function pgliteDriver(client: PGlite, options: { readonly schema?: string; readonly ownsClient: boolean }): Promise<DatabaseDriver> {
  const { schema } = options;
  await client.exec(schema === undefined ? 'SET search_path TO DEFAULT' : `SET search_path TO "${schema}"`);
  const session: SqlSession = {
    query: async <Row extends Record<string, unknown>>(text: string, params: readonly unknown[] = []) => (await client.query<Row>(text, [...params])).rows,
    exec: async (sql) => {
      await client.exec(sql);
    },
    release: async () => undefined,
  };
  return {
    kind: 'pglite',
    db: drizzle({ client }),
    schema,
    session: async () => session,
    close: async () => {
      if (options.ownsClient) await client.close();
    },
  };
}
