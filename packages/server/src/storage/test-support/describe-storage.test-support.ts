import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Database, DatabaseKind } from '../database.js';
import type { DatabaseConfig } from '../database-config.js';
import { createDatabase } from '../create-database.js';
import { openDatabase } from '../open-database.js';
import { pgliteDriver } from '../pglite-driver.js';
import { clearTables } from './clear-tables.test-support.js';
import { describeEngines } from './describe-engines.test-support.js';
import { migratedPglite } from './pglite-template.test-support.js';
import { dropTestSchema, TEST_POSTGRES_URL, testSchemaName } from './test-postgres.test-support.js';

/** What a storage test suite gets: the open, migrated database of its engine, emptied before each test. */
export interface StorageTestContext {
  readonly kind: DatabaseKind;
  /** The database (available from the first test on). */
  readonly database: Database;
}

/** A config for a database of its own: PGlite in memory, or a fresh schema on the PostgreSQL test server. */
export function testDatabaseConfig(kind: DatabaseKind): DatabaseConfig {
  return kind === 'pglite' ? { memory: true } : { databaseUrl: TEST_POSTGRES_URL, schema: testSchemaName() };
}

/**
 * Runs the same suite against PGlite in memory (openDatabase's own PGlite path is tested in
 * open-database.test.ts) and against the PostgreSQL test server (in a schema of
 * its own, dropped afterwards); every test starts with empty tables.
 */
export function describeStorage(title: string, body: (context: StorageTestContext) => void): void {
  describeEngines(title, (kind) => {
    const config = testDatabaseConfig(kind);
    let database: Database | undefined;
    beforeAll(async () => {
      // PGlite starts from a migrated copy (see migratedPglite); migrate() then only verifies it.
      database = kind === 'pglite' ? createDatabase(await pgliteDriver(await migratedPglite(), { ownsClient: true })) : await openDatabase(config);
      await database.migrate();
    });
    beforeEach(async () => {
      if (database !== undefined) await clearTables(database);
    });
    afterAll(async () => {
      await database?.close();
      if (config.schema !== undefined) await dropTestSchema(config.schema);
    });
    body({
      kind,
      get database(): Database {
        if (database === undefined) throw new Error('the database is opened in beforeAll');
        return database;
      },
    });
  });
}
