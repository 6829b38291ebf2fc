import type { Migration } from './migration.js';
import { MigrationError } from './migration-error.js';
import { migrationLabel } from './migration-label.js';

/** Checks the list itself: versions 1, 2, 3, … in order without gaps, snake_case names, some SQL each. */
export function validateMigrations(migrations: readonly Migration[]): void {
  migrations.forEach((migration, i) => {
    if (migration.version !== i + 1) {
      throw new MigrationError('GS_ERR_MIGRATION_INVALID', `migration ${migrationLabel(migration)} is at position ${i + 1}; versions must be 1, 2, 3, … in order`);
    }
    if (!/^[a-z0-9]+(_[a-z0-9]+)*$/.test(migration.name)) {
      throw new MigrationError('GS_ERR_MIGRATION_INVALID', `migration ${migration.version} has the name "${migration.name}"; use snake_case`);
    }
    if (migration.sql.trim() === '') throw new MigrationError('GS_ERR_MIGRATION_INVALID', `migration ${migrationLabel(migration)} has no SQL`);
  });
}
