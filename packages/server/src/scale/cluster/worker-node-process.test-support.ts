// The entry of a worker child process of the cluster tests, loaded from TypeScript by `spawnWorkerNode`. Unlike the
// queue tests' `worker-process.test-support.ts` (which publishes on an in-process bus), this is what
// `goldensignals worker` runs: `startWorker`, publishing signals on the Redis bus so every API node's WebSocket clients
// get them, with `/health`, `/ready` and `/metrics` on a port of its own. Settings come from the environment.
import type { MarketDataProvider } from '../../market-data/market-data-provider.js';
import { loadConfig } from '../../config/load-config.js';
import { createProviders } from '../../runtime/create-providers.js';
import { startWorker } from '../../runtime/create-worker.js';
import { optionalEnv, serveUntilTerminated } from './node-lifecycle.test-support.js';

/** The provider with every bars answer held back `delayMs`, so a scan's jobs spread over the workers. */
function slowed(provider: MarketDataProvider, delayMs: number): MarketDataProvider {
  if (delayMs <= 0) return provider;
  return new Proxy(provider, {
    get(target, property, receiver) {
      if (property !== 'bars') return Reflect.get(target, property, receiver);
      return async (...args: Parameters<MarketDataProvider['bars']>) => {
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        return target.bars(...args);
      };
    },
  });
}

const fixedNow = optionalEnv('GS_TEST_NOW');
const now = fixedNow === undefined ? undefined : (): number => Number(fixedNow);
const config = loadConfig({ env: process.env, file: null });
const delayMs = Number(optionalEnv('GS_TEST_BARS_DELAY_MS') ?? '0');
const providers = (await createProviders(config, () => undefined, now)).map((provider) => slowed(provider, delayMs));
const running = await startWorker(config, {
  providers,
  now,
  databaseSchema: optionalEnv('GS_TEST_SCHEMA'),
  keyPrefix: optionalEnv('GS_TEST_KEY_PREFIX'),
  schedule: false,
  stalledIntervalMs: optionalEnv('GS_TEST_STALLED_INTERVAL_MS') === undefined ? undefined : Number(optionalEnv('GS_TEST_STALLED_INTERVAL_MS')),
  saveLearningEveryMs: 3_600_000,
  http: { port: 0, host: '127.0.0.1' },
});
const { httpUrl } = running.worker;
if (httpUrl === null) throw new Error('the worker was started with http but has no URL');
serveUntilTerminated(httpUrl, () => running.stop());
