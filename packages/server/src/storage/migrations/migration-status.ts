import { compareMigrations } from './compare-migrations.js';
import type { Migration } from './migration.js';
import { migrationLabel } from './migration-label.js';
import { readAppliedMigrations } from './read-applied-migrations.js';
import type { SqlSession } from './sql-session.js';

/** Where the database stands against this build's migrations (for `/ready`). */
export interface MigrationStatus {
  /** True when every migration is applied unchanged and none is unknown. */
  readonly upToDate: boolean;
  /** Highest applied version, 0 for an empty database. */
  readonly currentVersion: number;
  /** Highest version this build knows. */
  readonly latestVersion: number;
  readonly applied: readonly { readonly version: number; readonly name: string; readonly appliedAt: string }[];
  /** Labels (`0002_add_alerts`) of migrations not applied yet. */
  readonly pending: readonly string[];
  /** Labels of applied migrations whose SQL differs from this build's. */
  readonly changed: readonly string[];
  /** Labels of applied migrations this build does not know. */
  readonly unknown: readonly string[];
}

/** Reads `schema_migrations` and compares it with `migrations`; changes nothing. */
export async function readMigrationStatus(session: SqlSession, migrations: readonly Migration[]): Promise<MigrationStatus> {
  const applied = await readAppliedMigrations(session);
  const { pending, changed, unknown } = compareMigrations(applied, migrations);
  return {
    upToDate: pending.length === 0 && changed.length === 0 && unknown.length === 0,
    currentVersion: applied.reduce((max, row) => Math.max(max, row.version), 0),
    latestVersion: migrations.reduce((max, migration) => Math.max(max, migration.version), 0),
    applied: applied.map((row) => ({ version: row.version, name: row.name, appliedAt: row.appliedAt.toISOString() })),
    pending: pending.map(migrationLabel),
    changed: changed.map(migrationLabel),
    unknown: unknown.map(migrationLabel),
  };
}
