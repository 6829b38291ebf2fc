// The entry of an API node child process of the cluster tests, loaded from TypeScript by `spawnApiNode`: a real
// `createServer` + `start` (PORT 0) on the config in its environment, with the test's PostgreSQL schema and Redis key
// prefix. It reports its URL to the parent over IPC and stops gracefully on SIGTERM.
import { loadConfig } from '../../config/load-config.js';
import { createServer } from '../../runtime/create-server.js';
import { optionalEnv, serveUntilTerminated } from './node-lifecycle.test-support.js';

const fixedNow = optionalEnv('GS_TEST_NOW');
const config = loadConfig({ env: process.env, file: null });
const server = await createServer(config, {
  schedule: optionalEnv('GS_TEST_SCHEDULE') === 'true',
  now: fixedNow === undefined ? undefined : () => Number(fixedNow),
  databaseSchema: optionalEnv('GS_TEST_SCHEMA'),
  keyPrefix: optionalEnv('GS_TEST_KEY_PREFIX'),
  saveLearningEveryMs: 3_600_000,
});
serveUntilTerminated(await server.start(), () => server.stop());
