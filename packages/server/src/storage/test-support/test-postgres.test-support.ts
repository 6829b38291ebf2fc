import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL server the storage tests run against (trust auth); `TEST_DATABASE_URL` overrides it. */
export const TEST_POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** True in CI, where an unreachable PostgreSQL must fail the tests instead of skipping them. */
export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

/** Why PostgreSQL cannot be used, or `null` when it answers. */
export async function probePostgres(url: string = TEST_POSTGRES_URL): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A fresh, unique schema name, so that test files running at once never share tables. */
export function testSchemaName(): string {
  return `test_${randomBytes(6).toString('hex')}`;
}

/** Drops a test schema and everything in it. */
export async function dropTestSchema(schema: string, url: string = TEST_POSTGRES_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
