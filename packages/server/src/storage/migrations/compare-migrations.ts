import type { AppliedMigration } from './applied-migration.js';
import type { Migration } from './migration.js';
import { migrationChecksum } from './migration-checksum.js';

/** How the applied migrations relate to the ones this build knows. */
export interface MigrationComparison {
  /** Known, not yet applied, in order. */
  readonly pending: readonly Migration[];
  /** Applied, but this build's SQL (or name) differs from what was applied. */
  readonly changed: readonly AppliedMigration[];
  /** Applied by a newer build: this build does not know them. */
  readonly unknown: readonly AppliedMigration[];
}

/** Compares `schema_migrations` rows with the migrations of this build. */
export function compareMigrations(applied: readonly AppliedMigration[], known: readonly Migration[]): MigrationComparison {
  const byVersion = new Map(applied.map((row) => [row.version, row]));
  const knownVersions = new Set(known.map((migration) => migration.version));
  const changed: AppliedMigration[] = [];
  const pending: Migration[] = [];
  for (const migration of known) {
    const row = byVersion.get(migration.version);
    if (row === undefined) pending.push(migration);
    else if (row.checksum !== migrationChecksum(migration.sql) || row.name !== migration.name) changed.push(row);
  }
  const unknown = applied.filter((row) => !knownVersions.has(row.version));
  return { pending, changed, unknown };
}
