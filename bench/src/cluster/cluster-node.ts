import { createServer, loadConfig, startWorker } from '@goldensignals/server';
import type { NodeListening, StopRequest } from './cluster-messages.js';

/**
 * One process of the bench cluster, from the built server: `node cluster-node.js api|worker`. Its config comes from
 * the environment (DATABASE_URL, REDIS_URL, JWT_SECRET, ... as in production), plus the two options the CLI has no
 * flag for: GS_BENCH_SCHEMA (the run's PostgreSQL schema) and GS_BENCH_KEY_PREFIX (the run's Redis key prefix).
 * Tells the bench its URL over IPC once it listens; stops gracefully on `{ type: 'stop' }` or SIGTERM.
 */

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`cluster-node needs ${name}`);
  return value;
}

function tell(message: NodeListening): void {
  if (process.send === undefined) throw new Error('cluster-node must run as a child process with IPC');
  process.send(message);
}

async function main(): Promise<void> {
  const role = process.argv[2];
  if (role !== 'api' && role !== 'worker') throw new Error('usage: cluster-node api|worker');
  const config = loadConfig({ env: process.env, file: null });
  const databaseSchema = required('GS_BENCH_SCHEMA');
  const keyPrefix = required('GS_BENCH_KEY_PREFIX');
  let stop: () => Promise<void>;
  if (role === 'api') {
    // No scheduler: the bench decides every signal; quote polling and scheduled scans would be load it did not ask for.
    const server = await createServer(config, { schedule: false, databaseSchema, keyPrefix });
    const url = await server.start();
    stop = () => server.stop();
    tell({ type: 'listening', url: url.replace('localhost', '127.0.0.1') });
  } else {
    const running = await startWorker(config, { databaseSchema, keyPrefix, schedule: false, resubmitUnfinished: false, http: { port: 0, host: '127.0.0.1' } });
    stop = () => running.stop();
    if (running.worker.httpUrl === null) throw new Error('the worker serves no /metrics');
    tell({ type: 'listening', url: running.worker.httpUrl.replace('localhost', '127.0.0.1') });
  }
  let stopping: Promise<void> | undefined;
  const shutDown = (): void => {
    stopping ??= stop().then(
      () => process.exit(0),
      (error: unknown) => fail(error),
    );
  };
  process.on('message', (message: StopRequest) => {
    if (message.type === 'stop') shutDown();
  });
  process.once('SIGTERM', shutDown);
  // The bench is gone (killed, interrupted): nothing will ask for a stop any more.
  process.once('disconnect', shutDown);
}

function fail(error: unknown): void {
  process.stderr.write(`cluster node ${process.argv[2] ?? ''} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}

main().catch(fail);
