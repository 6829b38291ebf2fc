import { sql } from 'drizzle-orm';
import type { Database } from './database.js';
import type { DatabaseDriver } from './database-driver.js';
import { MIGRATIONS } from './migrations/all-migrations.js';
import type { Migration } from './migrations/migration.js';
import type { MigrationReport } from './migrations/run-migrations.js';
import { readMigrationStatus } from './migrations/migration-status.js';
import { runMigrations } from './migrations/run-migrations.js';
import type { SqlSession } from './migrations/sql-session.js';

async function withSession<T>(driver: DatabaseDriver, fn: (session: SqlSession) => Promise<T>): Promise<T> {
  const session = await driver.session();
  try {
    return await fn(session);
  } finally {
    await session.release();
  }
}

/** Wraps an engine's driver into the engine-independent {@link Database}. */
export function createDatabase(driver: DatabaseDriver, migrations: readonly Migration[] = MIGRATIONS): Database {
  let closed: Promise<void> | undefined;
  // The advisory lock serialises processes, but PGlite has a single session, in which the lock is
  // re-entrant: calls on one Database therefore queue here as well.
  let migrating: Promise<unknown> = Promise.resolve();
  const migrate = (): Promise<MigrationReport> => {
    const run = migrating.then(() => withSession(driver, (session) => runMigrations(session, { migrations, schema: driver.schema })));
    migrating = run.catch(() => undefined);
    return run;
  };
  return {
    kind: driver.kind,
    db: driver.db,
    transaction: (fn) => driver.db.transaction(fn),
    migrate,
    migrationStatus: () => withSession(driver, (session) => readMigrationStatus(session, migrations)),
    ping: async () => {
      await driver.db.execute(sql`SELECT 1`);
    },
    close: () => (closed ??= driver.close()),
  };
}
