import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import { IN_CI, TEST_POSTGRES_URL } from '../../storage/test-support/test-postgres.test-support.js';
import { PrivateRedisServer, redisServerProblem } from '../redis/private-redis-server.test-support.js';
import { call, finishedScan, pollUntil, signInAsAdmin, submitScan, type ScanAnswer } from './cluster-client.test-support.js';
import { clusterEnv, type ClusterEnv } from './cluster-env.test-support.js';
import { describeCluster } from './cluster-test-context.test-support.js';
import { SignalListener } from './signal-listener.test-support.js';
import { spawnApiNode, spawnWorkerNode } from './spawn-cluster-node.test-support.js';
import { describeExit, type TestProcess } from './spawn-test-process.test-support.js';

const binaryProblem = redisServerProblem();
if (binaryProblem !== null && IN_CI) throw new Error(`the Redis restart test cannot run in CI: ${binaryProblem}`);

const BEFORE = ['AAPL', 'MSFT', 'NVDA'];
const AFTER = ['AMZN', 'SPY', 'QQQ'];

/** How many connections are subscribed to `channel` on the Redis at `url` (each node's bus holds one). */
/** Runs one command on a short-lived connection to the Redis at `url`. */
async function askRedis<T>(url: string, ask: (client: Redis) => Promise<T>): Promise<T> {
  const client = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return await ask(client);
  } finally {
    client.disconnect();
  }
}

async function subscribers(url: string, channel: string): Promise<number> {
  const [, n] = await askRedis(url, (client) => client.call('PUBSUB', 'NUMSUB', channel) as Promise<[string, number]>);
  return Number(n);
}

/** Connections that named themselves `name` (ioredis's connectionName). */
async function connectionsNamed(url: string, name: string): Promise<number> {
  const list = await askRedis(url, (client) => client.call('CLIENT', 'LIST') as Promise<string>);
  return list.split('\n').filter((line) => line.includes(` name=${name} `)).length;
}

function signalIdsOf(scan: ScanAnswer): string[] {
  return scan.items.map((item) => item.signalId).filter((id) => id !== null);
}

describeCluster('an API node and a worker living through a Redis restart', binaryProblem, (context) => {
  let redis: PrivateRedisServer | undefined;
  let env: ClusterEnv | undefined;
  let node: TestProcess | undefined;
  let worker: TestProcess | undefined;
  let url = '';

  beforeAll(async () => {
    redis = await PrivateRedisServer.start();
    env = clusterEnv({ databaseUrl: TEST_POSTGRES_URL, redisUrl: redis.url, schema: context.schema, keyPrefix: context.keyPrefix });
    node = context.track(spawnApiNode(env.nodeEnv()));
    worker = context.track(spawnWorkerNode(env.nodeEnv({ WORKER_CONCURRENCY: '2' })));
    [url] = await Promise.all([node.ready, worker.ready]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([node?.kill(), worker?.kill()]);
    await redis?.stop();
    env?.remove();
  });

  it('keeps serving while Redis is down (scan submits fail fast with 503), reconnects when it returns, and the same WebSocket client gets the new signals', { timeout: 60_000 }, async () => {
    if (node === undefined || worker === undefined || redis === undefined) throw new Error('the nodes and their Redis are started in beforeAll');
    const [apiNode, workerNode, privateRedis] = [node, worker, redis];
    onTestFailed(() => console.error(`--- API node (${apiNode.running ? 'running' : 'exited'}):\n${apiNode.output()}\n--- worker (${workerNode.running ? 'running' : 'exited'}):\n${workerNode.output()}`));
    const token = await signInAsAdmin(url);
    const client = await SignalListener.connect(url, token);
    const before = await submitScan(url, token, BEFORE);
    expect(before.status).toBe(202);
    const beforeIds = signalIdsOf(await finishedScan(url, token, before.body.id, 20_000));
    expect(beforeIds).toHaveLength(BEFORE.length);
    await pollUntil(async () => client.received(beforeIds), 'the signals of the first scan on the WebSocket', 10_000, 50);

    await privateRedis.kill();
    // Alive, and what needs only PostgreSQL works.
    const health = await call(`${url}/health`);
    expect(health.status).toBe(200);
    expect(health.elapsedMs).toBeLessThan(1000);
    expect((await call(`${url}/api/v1/scans/${before.body.id}`, { token })).status).toBe(200);
    // What needs Redis fails fast with a coded 503: the queue takes no job, and the scan is recorded as failed, not left pending.
    const refused = await submitScan(url, token, ['TSLA'], 8000);
    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject({ code: 'GS_ERR_NOT_READY', message: 'the scan could not be queued (the job queue is unreachable); try again' });
    expect(refused.elapsedMs).toBeLessThan(4000);
    const listed = await call<{ items: { id: string; status: string; total: number; completed: number; error: string | null }[] }>(`${url}/api/v1/scans?limit=1`, { token });
    expect(listed.body.items[0]).toMatchObject({ status: 'failed', total: 1, completed: 0, error: 'the scan could not be queued (the job queue is unreachable); try again' });
    const refusedId = listed.body.items[0].id;
    expect(client.open).toBe(true);

    await privateRedis.restart();
    // Both nodes' buses subscribe again by themselves (the restarted Redis is empty: no subscription survived).
    await pollUntil(async () => (await subscribers(privateRedis.url, `${context.keyPrefix}bus`)) === 2, 'the API node and the worker to subscribe to the bus again', 10_000, 100);
    // And their publishing connections to be back: pub/sub is fire-and-forget, so a signal the worker publishes
    // while its own connection is still reconnecting is stored but never announced (seen on a loaded machine).
    await pollUntil(async () => (await connectionsNamed(privateRedis.url, 'goldensignals-bus-publisher')) === 2, 'the API node and the worker to reconnect their bus publishers', 10_000, 100);
    // The queue connection reconnects too (within the 2 s reconnection backoff): submits are taken again.
    let after = await submitScan(url, token, AFTER);
    const deadline = Date.now() + 10_000;
    while (after.status === 503 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      after = await submitScan(url, token, AFTER);
    }
    expect(after.status, JSON.stringify(after.body)).toBe(202);
    const afterScan = await finishedScan(url, token, after.body.id, 20_000);
    expect(afterScan).toMatchObject({ status: 'done', completed: AFTER.length, failed: 0 });
    const afterIds = signalIdsOf(afterScan);
    // The client connected before the outage was never dropped (the node's WebSocket hub does not depend on Redis;
    // a dashboard whose connection did drop reconnects and resubscribes by itself), and gets each new signal once.
    await pollUntil(async () => client.received(afterIds), 'the signals of the scan after the restart on the same WebSocket', 10_000, 50);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.closes).toEqual([]);
    expect([...client.signalIds].sort()).toEqual([...beforeIds, ...afterIds].sort());
    await client.close();

    // The scan refused during the outage stays failed, though its job may have reached Redis late.
    const refusedLater = await call<ScanAnswer>(`${url}/api/v1/scans/${refusedId}`, { token });
    expect(refusedLater.body).toMatchObject({ status: 'failed', completed: 0, items: [{ symbol: 'TSLA', status: 'failed', signalId: null }] });

    // Neither process crashed; both stop cleanly when told.
    expect([apiNode.running, workerNode.running]).toEqual([true, true]);
    const exits = await Promise.all([apiNode.stop(), workerNode.stop()]);
    expect(exits.map(describeExit)).toEqual(['exit code 0', 'exit code 0']);
  });
});
