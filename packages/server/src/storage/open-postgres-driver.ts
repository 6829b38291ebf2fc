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
  const pool = new pg.Pool({ connectionString: url, max: poolSize, ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }) });
  // An idle client that loses its connection emits here; without a listener the process would crash.
  pool.on('error', options.onPoolError);
  return {
    kind: 'postgres',
    db: drizzle({ client: pool }),
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
