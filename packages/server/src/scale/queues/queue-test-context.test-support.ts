import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { loadConfig } from '../../config/load-config.js';
import type { ServerConfig } from '../../config/server-config.js';
import type { Database } from '../../storage/database.js';
import { openDatabase } from '../../storage/open-database.js';
import { clearTables } from '../../storage/test-support/clear-tables.test-support.js';
import { dropTestSchema, IN_CI, probePostgres, TEST_POSTGRES_URL, testSchemaName } from '../../storage/test-support/test-postgres.test-support.js';
import { clearRedisPrefix, probeRedis, TEST_REDIS_URL, testRedisPrefix } from '../redis/test-redis.test-support.js';

// Queue tests need both servers: the PGlite database cannot be shared between processes, and BullMQ needs Redis.
const redisProblem = await probeRedis();
const postgresProblem = await probePostgres();
if (postgresProblem !== null && IN_CI) throw new Error(`PostgreSQL at ${TEST_POSTGRES_URL} is unreachable in CI: ${postgresProblem}`);

/** Why the queue tests cannot run here, or `null`. */
export const QUEUE_TESTS_SKIPPED: string | null =
  redisProblem !== null ? `Redis at ${TEST_REDIS_URL} is unreachable (${redisProblem})` : postgresProblem !== null ? `PostgreSQL at ${TEST_POSTGRES_URL} is unreachable (${postgresProblem})` : null;

/** What a queue test gets: a migrated PostgreSQL schema of its own and a Redis key prefix of its own, both emptied before each test. */
export interface QueueTestContext {
  readonly database: Database;
  /** The PostgreSQL schema (a child process opens the same). */
  readonly schema: string;
  /** The Redis key prefix (a child process uses the same). */
  readonly keyPrefix: string;
  /** A config for a worker on these: PostgreSQL and Redis of the tests, the simulator, a short history, silent logs. */
  workerConfig(env?: Readonly<Record<string, string>>): ServerConfig;
}

/** The env a worker of the tests is configured with (also handed to child processes). */
export function workerEnv(env: Readonly<Record<string, string>> = {}): Record<string, string> {
  return {
    DATABASE_URL: TEST_POSTGRES_URL,
    REDIS_URL: TEST_REDIS_URL,
    MARKET_DATA_PROVIDERS: 'simulator',
    HISTORY_BARS: '100',
    DEFAULT_WATCHLIST: 'AAPL',
    SCHEDULE_TIMEFRAMES: '1d',
    LOG_LEVEL: 'silent',
    ...env,
  };
}

/**
 * Declares a suite against the PostgreSQL and Redis test servers, skipped (with a warning naming the reason)
 * when either is unreachable, failing in CI.
 */
export function describeQueues(title: string, body: (context: QueueTestContext) => void): void {
  if (QUEUE_TESTS_SKIPPED !== null) console.warn(`queue tests "${title}" skipped: ${QUEUE_TESTS_SKIPPED}`);
  describe.skipIf(QUEUE_TESTS_SKIPPED !== null)(title, () => {
    const schema = testSchemaName();
    const keyPrefix = testRedisPrefix();
    let database: Database | undefined;
    beforeAll(async () => {
      database = await openDatabase({ databaseUrl: TEST_POSTGRES_URL, schema, poolSize: 4 });
    });
    beforeEach(async () => {
      if (database !== undefined) await clearTables(database);
      await clearRedisPrefix(keyPrefix);
    });
    afterAll(async () => {
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
      workerConfig: (env) => loadConfig({ env: workerEnv(env), file: null }),
    });
  });
}
