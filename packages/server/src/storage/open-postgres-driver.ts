import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { DatabaseDriver } from './database-driver.js';
import type { SqlSession } from './migrations/sql-session.js';

/** A PostgreSQL server to connect to. */
export interface PostgresDriverOptions {
  readonly url: string;
  readonly schema?: string;
  readonly poolSize: number;
  readonly onPoolError: (error: Error) => void;
}

/** A pool of connections to a PostgreSQL server; every connection starts with the schema on its search path. */
export function openPostgresDriver(options: PostgresDriverOptions): DatabaseDriver {
  const { url, schema, poolSize } = options;
  // A connection that cannot be made within 5 s fails (a 503 to the caller) rather than holding the request.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000, ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }) });
  // An idle client that loses its connection emits here; without a listener the process would crash.
  pool.on('error', options.onPoolError);
  // A client in use has no pool listener: a connection lost under it (PostgreSQL stopped) emits 'error' on the
  // client itself, which would end the process.
  pool.on('connect', (client) => client.on('error', options.onPoolError));
  const db = drizzle({ client: pool });
  // drizzle-orm 0.45 runs BEGIN before the try/finally that returns the pooled client, so a BEGIN failing on a lost
  // connection leaks the client for good (drizzle-team/drizzle-orm#6023) and pool.end() then waits forever. Here
  // transactions run on a client checked out and always returned by us (pg-pool drops a broken one itself); drizzle
  // never releases a client it was given, only the ones it took from a pool.
  db.transaction = (async (transaction, config) => {
    const client = await pool.connect();
    try {
      return await drizzle({ client }).transaction(transaction, config);
    } finally {
      client.release();
    }
  }) as typeof db.transaction;
  return {
    kind: 'postgres',
    db,
    schema,
    session: async (): Promise<SqlSession> => {
      const client = await pool.connect();
      return {
        query: async <Row extends Record<string, unknown>>(text: string, params: readonly unknown[] = []) => (await client.query<Row>(text, [...params])).rows,
        // Without parameters `pg` uses the simple protocol, which runs several statements.
        exec: async (sql) => {
          await client.query(sql);
        },
        release: async () => client.release(),
      };
    },
    close: () => pool.end(),
  };
}
