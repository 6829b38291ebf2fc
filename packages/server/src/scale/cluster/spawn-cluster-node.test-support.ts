import { fileURLToPath } from 'node:url';
import { spawnTestProcess, type TestProcess } from './spawn-test-process.test-support.js';

const API_NODE_ENTRY = fileURLToPath(new URL('./api-node-process.test-support.ts', import.meta.url));
const WORKER_NODE_ENTRY = fileURLToPath(new URL('./worker-node-process.test-support.ts', import.meta.url));

/**
 * Starts an API node (`createServer` + `start`) in a child process; `ready` resolves to its URL. `env` holds its config
 * (see `clusterEnv`) and the entry's settings: GS_TEST_SCHEMA, GS_TEST_KEY_PREFIX, GS_TEST_NOW (a fixed clock),
 * GS_TEST_SCHEDULE (`true` runs the quote poller and upserts the scan schedulers; default off).
 */
export function spawnApiNode(env: Readonly<Record<string, string>>): TestProcess {
  return spawnTestProcess(API_NODE_ENTRY, env);
}

/**
 * Starts a worker (`startWorker`: BullMQ job workers, signals published on the Redis bus) in a child process; `ready`
 * resolves to the URL of its `/health`, `/ready` and `/metrics`. `env` holds its config and the entry's settings:
 * GS_TEST_SCHEMA, GS_TEST_KEY_PREFIX, GS_TEST_NOW, GS_TEST_BARS_DELAY_MS (market data held back per call),
 * GS_TEST_STALLED_INTERVAL_MS.
 */
export function spawnWorkerNode(env: Readonly<Record<string, string>>): TestProcess {
  return spawnTestProcess(WORKER_NODE_ENTRY, env);
}
