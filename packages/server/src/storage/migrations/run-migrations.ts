import { compareMigrations } from './compare-migrations.js';
import type { Migration } from './migration.js';
import { migrationChecksum } from './migration-checksum.js';
import { MigrationError } from './migration-error.js';
import { migrationLabel } from './migration-label.js';
import { migrationLockKey } from './migration-lock-key.js';
import { readAppliedMigrations } from './read-applied-migrations.js';
import { SCHEMA_MIGRATIONS_DDL } from './schema-migrations-ddl.js';
import type { SqlSession } from './sql-session.js';
import { validateMigrations } from './validate-migrations.js';

/** What a migration run did. */
export interface MigrationReport {
  /** Labels (`0001_initial`) of the migrations applied by this run, in order. */
  readonly applied: readonly string[];
  readonly durationMs: number;
}

/** Where to migrate: the schema (created when missing) and the migrations to bring it to. */
export interface RunMigrationsOptions {
  readonly migrations: readonly Migration[];
  /** A schema other than the connection's default `public`; it must already be first on the search path. */
  readonly schema?: string;
}

/**
 * Applies pending migrations in order, each in its own transaction together with its
 * `schema_migrations` row, under a session advisory lock so that processes starting at once take
 * turns (the second finds nothing left to do). Refuses to touch anything when an applied migration
 * has changed or is unknown to this build.
 */
export async function runMigrations(session: SqlSession, options: RunMigrationsOptions): Promise<MigrationReport> {
  const started = performance.now();
  validateMigrations(options.migrations);
  const lockKey = migrationLockKey(options.schema ?? 'public');
  await session.query('SELECT pg_advisory_lock($1::bigint)', [lockKey]);
  try {
    if (options.schema !== undefined) await session.exec(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
    await session.exec(SCHEMA_MIGRATIONS_DDL);
    const { pending, changed, unknown } = compareMigrations(await readAppliedMigrations(session), options.migrations);
    if (changed.length > 0) {
      const names = changed.map(migrationLabel).join(', ');
      throw new MigrationError('GS_ERR_MIGRATION_CHANGED', `applied migration ${names} differs from this build's; migrations are forward-only: add a new one instead of editing`);
    }
    if (unknown.length > 0) {
      const names = unknown.map(migrationLabel).join(', ');
      throw new MigrationError('GS_ERR_MIGRATION_UNKNOWN', `the database has migration ${names}, which this build does not know; run a newer build`);
    }
    for (const migration of pending) await applyMigration(session, migration);
    return { applied: pending.map(migrationLabel), durationMs: performance.now() - started };
  } finally {
    // A broken connection drops its session locks anyway.
    await session.query('SELECT pg_advisory_unlock($1::bigint)', [lockKey]).catch(() => undefined);
  }
}

async function applyMigration(session: SqlSession, migration: Migration): Promise<void> {
  await session.exec('BEGIN');
  try {
    await session.exec(migration.sql);
    await session.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [migration.version, migration.name, migrationChecksum(migration.sql)]);
    await session.exec('COMMIT');
  } catch (error) {
    await session.exec('ROLLBACK').catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError('GS_ERR_MIGRATION_FAILED', `migration ${migrationLabel(migration)} failed and was rolled back: ${reason}`, { cause: error });
  }
}
