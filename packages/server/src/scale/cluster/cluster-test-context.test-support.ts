import { afterAll, beforeAll, describe } from 'vitest';
import type { Database } from '../../storage/database.js';
import { openDatabase } from '../../storage/open-database.js';
import { dropTestSchema, TEST_POSTGRES_URL, testSchemaName } from '../../storage/test-support/test-postgres.test-support.js';
import { QUEUE_TESTS_SKIPPED } from '../queues/queue-test-context.test-support.js';
import { clearRedisPrefix, testRedisPrefix } from '../redis/test-redis.test-support.js';
import type { TestProcess } from './spawn-test-process.test-support.js';

/** What a cluster suite gets: a migrated PostgreSQL schema and a Redis key prefix of its own, and its processes' cleanup. */
export interface ClusterTestContext {
  /** The test's view of the schema the nodes share (migrated before any node starts). */
  readonly database: Database;
  readonly schema: string;
  readonly keyPrefix: string;
  /** Keeps `node` to be killed after the suite should the test not have stopped it (a failed assertion); returns it. */
  track(node: TestProcess): TestProcess;
}

/**
 * Declares a suite of real node processes on the test PostgreSQL (a schema of its own) and Redis (a prefix of its
 * own). Skipped, with a warning naming the reason, when either is unreachable (an error in CI, see
 * `QUEUE_TESTS_SKIPPED`) or when `otherProblem` is set. Unlike the queue tests' context the tables are not emptied
 * between tests: the nodes of a suite live across its tests.
 */
export function describeCluster(title: string, otherProblem: string | null, body: (context: ClusterTestContext) => void): void {
  const problem = QUEUE_TESTS_SKIPPED ?? otherProblem;
  if (problem !== null) console.warn(`cluster tests "${title}" skipped: ${problem}`);
  describe.skipIf(problem !== null)(title, () => {
    const schema = testSchemaName();
    const keyPrefix = testRedisPrefix();
    const nodes: TestProcess[] = [];
    let database: Database | undefined;
    beforeAll(async () => {
      database = await openDatabase({ databaseUrl: TEST_POSTGRES_URL, schema, poolSize: 4 });
    });
    afterAll(async () => {
      await Promise.all(nodes.map((node) => node.kill()));
      await database?.close();
      await dropTestSchema(schema);
      await clearRedisPrefix(keyPrefix);
    });
    body({
      schema,
      keyPrefix,
      get database(): Database {
        if (database === undefined) throw new Error('the database is opened in beforeAll');
        return database;
      },
      track(node) {
        nodes.push(node);
        return node;
      },
    });
  });
}
