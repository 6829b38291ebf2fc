// The entry of a worker child process in the fault tests, loaded from TypeScript by `spawnWorkerProcess`. It is a
// real `createWorker` on the tests' PostgreSQL schema and Redis prefix, with market data slowed down so a test
// can kill it in the middle of a scan. Settings come from the environment (see `spawnWorkerProcess`).
import type { MarketDataProvider } from '../../market-data/market-data-provider.js';
import { InProcessMessageBus } from '../../bus/in-process-message-bus.js';
import { loadConfig } from '../../config/load-config.js';
import { createProviders } from '../../runtime/create-providers.js';
import { createWorker } from '../../runtime/create-worker.js';

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`the worker test process needs ${name}`);
  return value;
}

/** The provider with every bars answer held back `delayMs`: each symbol's first signal takes at least that long. */
function slowed(provider: MarketDataProvider, delayMs: number): MarketDataProvider {
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

const now = Number(required('GS_TEST_NOW'));
const delayMs = Number(process.env.GS_TEST_BARS_DELAY_MS ?? '0');
const config = loadConfig({ env: process.env, file: null });
const providers = (await createProviders(config, () => undefined, () => now)).map((provider) => slowed(provider, delayMs));
const bus = new InProcessMessageBus();
const worker = await createWorker(config, {
  bus,
  providers,
  now: () => now,
  databaseSchema: required('GS_TEST_SCHEMA'),
  keyPrefix: required('GS_TEST_KEY_PREFIX'),
  schedule: false,
  resubmitUnfinished: false,
});
await worker.start();
process.stdout.write('worker ready\n');
process.once('SIGTERM', () => {
  void worker
    .stop()
    .then(() => bus.close())
    .then(() => process.exit(0));
});
