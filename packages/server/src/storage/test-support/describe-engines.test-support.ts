import { describe, it } from 'vitest';
import type { DatabaseKind } from '../database.js';
import { IN_CI, probePostgres, TEST_POSTGRES_URL } from './test-postgres.test-support.js';

const postgresProblem = await probePostgres();
if (postgresProblem !== null && !IN_CI) {
  console.warn(`storage tests: PostgreSQL at ${TEST_POSTGRES_URL} is unreachable (${postgresProblem}); its half of the suite is skipped (it fails when CI=true)`);
}

/**
 * Declares the same suite for PGlite and for the PostgreSQL test server. When PostgreSQL is
 * unreachable its half fails in CI and is skipped, with a message saying why, elsewhere.
 */
export function describeEngines(title: string, body: (kind: DatabaseKind) => void): void {
  describe(`${title} (pglite)`, () => body('pglite'));
  const postgresTitle = `${title} (postgres)`;
  if (postgresProblem === null) {
    describe(postgresTitle, () => body('postgres'));
  } else if (IN_CI) {
    describe(postgresTitle, () => {
      it('reaches the PostgreSQL test server', () => {
        throw new Error(`PostgreSQL at ${TEST_POSTGRES_URL} is unreachable in CI: ${postgresProblem}`);
      });
    });
  } else {
    describe.skip(`${postgresTitle} — skipped: PostgreSQL at ${TEST_POSTGRES_URL} is unreachable (${postgresProblem})`, () => {
      it('needs PostgreSQL', () => undefined);
    });
  }
}
