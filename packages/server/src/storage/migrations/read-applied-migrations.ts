import type { AppliedMigration } from './applied-migration.js';
import type { SqlSession } from './sql-session.js';

interface Row extends Record<string, unknown> {
  version: number;
  name: string;
  checksum: string;
  applied_at: Date | string;
}

/** The rows of `schema_migrations` in version order; none when the table does not exist yet. */
export async function readAppliedMigrations(session: SqlSession): Promise<AppliedMigration[]> {
  const [{ present }] = await session.query<{ present: boolean }>(`SELECT to_regclass('schema_migrations') IS NOT NULL AS present`);
  if (!present) return [];
  const rows = await session.query<Row>('SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version');
  return rows.map((row) => ({ version: row.version, name: row.name, checksum: row.checksum, appliedAt: new Date(row.applied_at) }));
}
