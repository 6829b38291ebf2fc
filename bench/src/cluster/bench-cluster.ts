import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { openDatabase } from '@goldensignals/server';
import { progress } from '../measure.js';
import { signInAsFirstAccount } from '../http/sign-in.js';
import { awaitExit, forkScript, nextMessage } from './child-ipc.js';
import type { NodeListening, StopRequest } from './cluster-messages.js';
import { clearRedisPrefix } from './redis-bench-client.js';

/** PostgreSQL and Redis of the bench (loopback, as in CI); `BENCH_DATABASE_URL` and `BENCH_REDIS_URL` override them. */
export const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const BENCH_REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** One process of the cluster. */
export interface ClusterProcess {
  readonly role: 'api' | 'worker';
  /** An API node's URL; the worker's `/health` `/ready` `/metrics` URL. */
  readonly url: string;
  readonly pid: number;
}

/** A running cluster: API nodes and one worker on a fresh schema and key prefix, signed in as its first account. */
export interface BenchCluster {
  readonly apiNodes: readonly ClusterProcess[];
  readonly worker: ClusterProcess;
  /** Headers authenticating as the cluster's first (admin) account; its token works on every node. */
  readonly headers: Record<string, string>;
  readonly accessToken: string;
  readonly schema: string;
  readonly keyPrefix: string;
  readonly redisUrl: string;
  /** Stops every process (gracefully), drops the schema and deletes the prefix's keys. */
  stop(): Promise<void>;
}

/** Clusters started and not yet stopped, so an interrupted bench can still clean up. */
const running = new Set<BenchCluster>();

/** Stops every cluster still running (an interrupted bench); resolves when all are cleaned up. */
export async function stopAllClusters(): Promise<void> {
  await Promise.allSettled([...running].map((cluster) => cluster.stop()));
}

/** Options of {@link startBenchCluster}. */
export interface BenchClusterOptions {
  readonly apiNodes: number;
}

/** A started process of the cluster and its child process. */
interface Started extends ClusterProcess {
  readonly child: ChildProcess;
}

async function startProcess(role: 'api' | 'worker', env: Record<string, string>, started: ChildProcess[]): Promise<Started> {
  const child = forkScript('cluster-node', [role], env);
  started.push(child);
  const listening = await nextMessage<NodeListening>(child, `the cluster ${role} process`);
  if (listening.type !== 'listening' || child.pid === undefined) throw new Error(`the cluster ${role} process answered ${JSON.stringify(listening)}`);
  return { role, url: listening.url, pid: child.pid, child };
}

function described({ role, url, pid }: Started): ClusterProcess {
  return { role, url, pid };
}

async function stopProcesses(children: readonly ChildProcess[]): Promise<void> {
  const stop: StopRequest = { type: 'stop' };
  for (const child of children) if (child.connected) child.send(stop);
  await Promise.all(children.map((child) => awaitExit(child)));
}

async function dropSchema(schema: string): Promise<void> {
  const database = await openDatabase({ databaseUrl: BENCH_DATABASE_URL, migrate: false });
  try {
    await database.db.execute(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await database.close();
  }
}

/**
 * Starts a cluster from the built server: the worker first (it migrates the fresh schema), then the API nodes one
 * after the other, every process with the same JWT secret, schema and key prefix, the simulator as the only market
 * data, no scheduler, and the authenticated rate limit raised as in the single-node bench (it is shared through
 * Redis, so it counts the requests of every node). Access tokens last a day so a long soak keeps its session.
 */
export async function startBenchCluster(options: BenchClusterOptions): Promise<BenchCluster> {
  const id = randomBytes(5).toString('hex');
  const schema = `bench_cluster_${id}`;
  const keyPrefix = `gs-bench:${id}:`;
  const env: Record<string, string> = {
    DATABASE_URL: BENCH_DATABASE_URL,
    REDIS_URL: BENCH_REDIS_URL,
    JWT_SECRET: randomBytes(32).toString('base64'),
    MARKET_DATA_PROVIDERS: 'simulator',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: '0',
    RATE_LIMIT_AUTHENTICATED: '100000000',
    ACCESS_TOKEN_TTL: '86400',
    GS_BENCH_SCHEMA: schema,
    GS_BENCH_KEY_PREFIX: keyPrefix,
  };
  const started: ChildProcess[] = [];
  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopped ??= (async () => {
      await stopProcesses(started);
      await dropSchema(schema);
      await clearRedisPrefix(BENCH_REDIS_URL, keyPrefix);
    })());
  try {
    progress(`cluster: worker + ${options.apiNodes} API nodes on schema ${schema}, Redis prefix ${keyPrefix}`);
    const worker = await startProcess('worker', env, started);
    const apiNodes: Started[] = [];
    for (let i = 0; i < options.apiNodes; i++) apiNodes.push(await startProcess('api', env, started));
    const headers = await signInAsFirstAccount(apiNodes[0].url);
    const accessToken = headers.authorization.replace(/^Bearer /, '');
    const cluster: BenchCluster = {
      apiNodes: apiNodes.map(described),
      worker: described(worker),
      headers,
      accessToken,
      schema,
      keyPrefix,
      redisUrl: BENCH_REDIS_URL,
      async stop() {
        running.delete(cluster);
        await stop();
      },
    };
    running.add(cluster);
    return cluster;
  } catch (error) {
    await stop().catch((cleanupError: unknown) => progress(`cluster: cleanup after a failed start failed too: ${String(cleanupError)}`));
    throw error;
  }
}
