import { join, resolve } from 'node:path';
import { createDatabase } from './create-database.js';
import type { Database } from './database.js';
import { DEFAULT_DATA_DIR, type DatabaseConfig } from './database-config.js';
import type { DatabaseDriver } from './database-driver.js';
import { MigrationError } from './migrations/migration-error.js';
import { redactDatabaseUrl } from './redact-database-url.js';
import { assertSchemaName } from './schema-name.js';

function warnPoolError(error: Error): void {
  console.warn(`database pool: idle connection failed: ${error.message}`);
}

async function openDriver(config: DatabaseConfig): Promise<DatabaseDriver> {
  const schema = config.schema === undefined ? undefined : assertSchemaName(config.schema);
  if (config.databaseUrl !== undefined && config.databaseUrl !== '') {
    // Loaded on demand: a PostgreSQL deployment never loads PGlite, an embedded one never loads `pg`.
    const { openPostgresDriver } = await import('./open-postgres-driver.js');
    return openPostgresDriver({ url: config.databaseUrl, schema, poolSize: config.poolSize ?? 10, onPoolError: config.onPoolError ?? warnPoolError });
  }
  const { openPgliteDriver } = await import('./open-pglite-driver.js');
  const directory = config.memory === true ? undefined : join(resolve(config.dataDir ?? DEFAULT_DATA_DIR), 'pglite');
  return openPgliteDriver({ directory, schema });
}

/**
 * Opens the database the config names — PostgreSQL when `databaseUrl` is set, otherwise PGlite
 * under `<dataDir>/pglite` (or in memory) — and applies pending migrations unless `migrate: false`.
 * A database that cannot be reached or migrated is closed again and the error says which one.
 */
export async function openDatabase(config: DatabaseConfig = {}): Promise<Database> {
  const database = createDatabase(await openDriver(config));
  if (config.migrate === false) return database;
  try {
    await database.migrate();
  } catch (error) {
    await database.close().catch(() => undefined);
    if (database.kind === 'postgres' && config.databaseUrl !== undefined && !(error instanceof MigrationError)) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`cannot use the PostgreSQL database at ${redactDatabaseUrl(config.databaseUrl)}: ${reason}`, { cause: error });
    }
    throw error;
  }
  return database;
}
