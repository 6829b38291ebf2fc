import type { PGlite } from '@electric-sql/pglite';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { DatabaseKind } from '../database.js';
import type { DatabaseDriver } from '../database-driver.js';
import { openPostgresDriver } from '../open-postgres-driver.js';
import { pgliteDriver } from '../pglite-driver.js';
import { migratedPglite } from './pglite-template.test-support.js';
import { dropTestSchema, TEST_POSTGRES_URL, testSchemaName } from './test-postgres.test-support.js';

/** Opens drivers on the current test's own, initially empty schema. */
export interface TestDrivers {
  /** A new driver (a new pool on PostgreSQL; the file's one PGlite instance otherwise) on this test's schema. */
  driver(): Promise<DatabaseDriver>;
}

/**
 * Gives every test an empty schema of its own (PGlite: one instance per file, a schema per test, since
 * starting PGlite takes seconds) and closes what the test opened. Call inside a describe block.
 */
export function useTestDrivers(kind: DatabaseKind): TestDrivers {
  let client: PGlite | undefined;
  let schema = '';
  const opened: DatabaseDriver[] = [];
  beforeAll(async () => {
    if (kind === 'pglite') client = await migratedPglite();
  });
  beforeEach(() => {
    schema = testSchemaName();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((driver) => driver.close()));
    if (client !== undefined) await client.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    else await dropTestSchema(schema);
  });
  afterAll(async () => {
    await client?.close();
  });
  return {
    async driver() {
      const driver =
        client === undefined
          ? openPostgresDriver({ url: TEST_POSTGRES_URL, schema, poolSize: 2, onPoolError: () => undefined })
          : await pgliteDriver(client, { schema, ownsClient: false });
      opened.push(driver);
      return driver;
    },
  };
}
