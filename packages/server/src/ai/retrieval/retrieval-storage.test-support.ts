import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createDatabase } from '../../storage/create-database.js';
import type { Database } from '../../storage/database.js';
import { MIGRATIONS } from '../../storage/migrations/all-migrations.js';
import type { Migration } from '../../storage/migrations/migration.js';
import { embeddingsMigration } from '../../storage/migrations/sql/0010-embeddings.js';
import { openPostgresDriver } from '../../storage/open-postgres-driver.js';
import { pgliteDriver } from '../../storage/pglite-driver.js';
import { clearTables } from '../../storage/test-support/clear-tables.test-support.js';
import { describeEngines } from '../../storage/test-support/describe-engines.test-support.js';
import type { StorageTestContext } from '../../storage/test-support/describe-storage.test-support.js';
import { migratedPglite } from '../../storage/test-support/pglite-template.test-support.js';
import { dropTestSchema, TEST_POSTGRES_URL, testSchemaName } from '../../storage/test-support/test-postgres.test-support.js';

/**
 * The migrations with the embeddings migration included: until it is in the migrations list it is
 * appended as the next version, so the real migration runner applies it (the DO block included).
 */
export function retrievalMigrations(): readonly Migration[] {
  if (MIGRATIONS.some((migration) => migration.sql === embeddingsMigration.sql)) return MIGRATIONS;
  return [...MIGRATIONS, { ...embeddingsMigration, version: MIGRATIONS.length + 1 }];
}

/**
 * describeStorage for retrieval: PGlite (with pgvector) and the PostgreSQL test server (without it), the
 * embeddings migration applied, and every table — the retrieval tables too — emptied before each test.
 */
export function describeRetrievalStorage(title: string, body: (context: StorageTestContext) => void): void {
  describeEngines(title, (kind) => {
    let database: Database | undefined;
    const schema = kind === 'postgres' ? testSchemaName() : undefined;
    beforeAll(async () => {
      const driver =
        schema === undefined
          ? await pgliteDriver(await migratedPglite(), { ownsClient: true })
          : openPostgresDriver({ url: TEST_POSTGRES_URL, schema, poolSize: 4, onPoolError: () => undefined });
      database = createDatabase(driver, retrievalMigrations());
      await database.migrate();
    });
    beforeEach(async () => {
      if (database === undefined) return;
      await clearTables(database);
      await database.db.execute(sql.raw('TRUNCATE embeddings, ai_documents RESTART IDENTITY CASCADE'));
    });
    afterAll(async () => {
      await database?.close();
      if (schema !== undefined) await dropTestSchema(schema);
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
