import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The clock of every node of a cluster test: Wednesday 2024-06-12 12:00 UTC (the simulator's data end there). */
export const CLUSTER_NOW = Date.UTC(2024, 5, 12, 12);

/** Where the nodes of one cluster test keep their data, and the secret they all sign access tokens with. */
export interface ClusterEnv {
  /** The environment of a node: the config (scale-out on `databaseUrl` and `redisUrl`) plus the entries' settings. */
  nodeEnv(extra?: Readonly<Record<string, string>>): Record<string, string>;
  /** Removes the data folder. */
  remove(): void;
}

/** What every node of a cluster shares. */
export interface ClusterEnvOptions {
  readonly databaseUrl: string;
  readonly redisUrl: string;
  /** A PostgreSQL schema of the test's own (absent: the database's default, e.g. on a private server). */
  readonly schema?: string;
  readonly keyPrefix: string;
}

/**
 * The environment of a cluster's nodes: one PostgreSQL and one Redis, the simulator for market data (offline), a short
 * history, the fixed clock {@link CLUSTER_NOW}, quiet logs, and one JWT secret, so a token issued by any node is
 * accepted by every other (each would otherwise generate its own under its DATA_DIR).
 */
export function clusterEnv(options: ClusterEnvOptions): ClusterEnv {
  const dataDir = mkdtempSync(join(tmpdir(), 'gs-cluster-'));
  const jwtSecret = randomBytes(32).toString('hex');
  return {
    nodeEnv: (extra = {}) => ({
      DATABASE_URL: options.databaseUrl,
      REDIS_URL: options.redisUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      JWT_SECRET: jwtSecret,
      MARKET_DATA_PROVIDERS: 'simulator',
      HISTORY_BARS: '100',
      DEFAULT_WATCHLIST: 'AAPL',
      SCHEDULE_TIMEFRAMES: '1d',
      LOG_LEVEL: 'error',
      GS_TEST_KEY_PREFIX: options.keyPrefix,
      GS_TEST_NOW: String(CLUSTER_NOW),
      ...(options.schema === undefined ? {} : { GS_TEST_SCHEMA: options.schema }),
      ...extra,
    }),
    remove: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
