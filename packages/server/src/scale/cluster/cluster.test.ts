import { count, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import { TEST_POSTGRES_URL } from '../../storage/test-support/test-postgres.test-support.js';
import { ScanRepository } from '../../storage/repositories/scan-repository.js';
import { signals } from '../../storage/schema/signals.js';
import { JobQueues } from '../queues/job-queues.js';
import { TEST_REDIS_URL } from '../redis/test-redis.test-support.js';
import { call, counterTotal, finishedScan, pollUntil, signInAsAdmin, submitScan } from './cluster-client.test-support.js';
import { clusterEnv, type ClusterEnv } from './cluster-env.test-support.js';
import { describeCluster } from './cluster-test-context.test-support.js';
import { SignalListener } from './signal-listener.test-support.js';
import { spawnApiNode, spawnWorkerNode } from './spawn-cluster-node.test-support.js';
import { describeExit, type TestProcess } from './spawn-test-process.test-support.js';

const SYMBOLS = ['AAPL', 'MSFT', 'NVDA', 'AMZN', 'GOOGL', 'META', 'TSLA', 'SPY', 'QQQ', 'BTC-USD'];
const SYMBOLS_OF_THE_KILL = ['ETH-USD', 'SOL-USD', 'JPM', 'V', 'WMT', 'KO', 'PEP', 'DIS', 'NFLX', 'INTC'];
const LOCK_MS = 2000;
const ANONYMOUS_PER_MINUTE = 10;
const SIGNALS_GENERATED = 'goldensignals_signals_generated_total';

describeCluster('a cluster of 2 API nodes and 2 workers, each its own process', null, (context) => {
  let env: ClusterEnv | undefined;
  // API node A, API node B, worker 1, worker 2.
  let nodes: TestProcess[] = [];
  const killed = new Set<TestProcess>();
  const urls = { a: '', b: '', workers: [] as string[] };

  /** Every node's output, for a failed test's message. */
  function outputs(): string {
    return nodes.map((node, index) => `--- ${['API node A', 'API node B', 'worker 1', 'worker 2'][index]} (${node.running ? 'running' : 'exited'}):\n${node.output()}`).join('\n');
  }

  beforeAll(async () => {
    env = clusterEnv({ databaseUrl: TEST_POSTGRES_URL, redisUrl: TEST_REDIS_URL, schema: context.schema, keyPrefix: context.keyPrefix });
    const apiEnv = env.nodeEnv({ RATE_LIMIT_ANONYMOUS: String(ANONYMOUS_PER_MINUTE) });
    // Market data held back 300 ms a call, so a scan's jobs spread over both workers (2 at a time each) and one can be
    // killed in the middle of its jobs; a dead worker's jobs move to the other after the 2 s lock (checked every 500 ms).
    const workerEnv = env.nodeEnv({ WORKER_CONCURRENCY: '2', GS_TEST_BARS_DELAY_MS: '300', JOB_LOCK_MS: String(LOCK_MS), GS_TEST_STALLED_INTERVAL_MS: '500' });
    nodes = [spawnApiNode(apiEnv), spawnApiNode(apiEnv), spawnWorkerNode(workerEnv), spawnWorkerNode(workerEnv)].map((node) => context.track(node));
    [urls.a, urls.b, ...urls.workers] = await Promise.all(nodes.map((node) => node.ready));
  }, 60_000);

  afterAll(async () => {
    // Graceful stops; every node must end as it was told to (the killed one as it was killed), not crash.
    const exits = await Promise.all(nodes.map((node) => node.stop()));
    env?.remove();
    expect(exits.map(describeExit), outputs()).toEqual(nodes.map((node) => (killed.has(node) ? 'signal SIGKILL' : 'exit code 0')));
  }, 30_000);

  it('runs a scan submitted to node A on the workers, and every signal reaches the WebSocket clients of A and B exactly once', { timeout: 60_000 }, async () => {
    onTestFailed(() => console.error(outputs()));
    const token = await signInAsAdmin(urls.a);
    // The token node A issued is accepted by node B (one JWT secret in the cluster).
    const [onA, onB] = await Promise.all([SignalListener.connect(urls.a, token), SignalListener.connect(urls.b, token)]);

    const submitted = await submitScan(urls.a, token, SYMBOLS);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(202);
    const scan = await finishedScan(urls.b, token, submitted.body.id, 40_000);
    expect(scan).toMatchObject({ status: 'done', total: SYMBOLS.length, completed: SYMBOLS.length, failed: 0 });
    const signalIds = scan.items.map((item) => item.signalId);
    expect(signalIds.every((id) => id !== null)).toBe(true);
    const ids = signalIds.filter((id) => id !== null);
    expect(new Set(ids).size).toBe(SYMBOLS.length);

    // One signal per symbol in the database, and no other.
    const perSymbol = await context.database.db.select({ symbol: signals.symbol, n: count() }).from(signals).groupBy(signals.symbol);
    expect(Object.fromEntries(perSymbol.map((row) => [row.symbol, row.n]))).toEqual(Object.fromEntries(SYMBOLS.map((symbol) => [symbol, 1])));
    const stored = await context.database.db.select({ id: signals.id }).from(signals).where(inArray(signals.id, ids));
    expect(stored).toHaveLength(SYMBOLS.length);

    // Made by the workers, both of them, and by neither API node (which only queue scans when scaled out).
    const generated = await Promise.all(
      [urls.a, urls.b, ...urls.workers].map(async (url) => {
        const metrics = await call(`${url}/metrics`);
        expect(metrics.status).toBe(200);
        expect(String(metrics.body)).toContain(`# TYPE ${SIGNALS_GENERATED} counter`);
        return counterTotal(String(metrics.body), SIGNALS_GENERATED);
      }),
    );
    const [byA, byB, ...byWorkers] = generated;
    expect([byA, byB]).toEqual([0, 0]);
    expect(byWorkers.reduce((sum, n) => sum + n, 0)).toBe(SYMBOLS.length);
    expect(byWorkers.every((n) => n > 0), `signals per worker: ${byWorkers.join(', ')}`).toBe(true);

    // Each client got every signal; after a further moment nothing arrived twice.
    await pollUntil(async () => onA.received(ids) && onB.received(ids), () => `both clients to receive ${ids.length} signals (A: ${onA.signalIds.length}, B: ${onB.signalIds.length})`, 10_000, 50);
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const listener of [onA, onB]) {
      expect([...listener.signalIds].sort()).toEqual([...ids].sort());
    }
    await Promise.all([onA.close(), onB.close()]);
  });

  it('shares the anonymous rate limit between the API nodes: 10 requests over A and B, then the 11th on either is refused', async () => {
    // From an address of its own, so the budget is this test's alone (registration and the WebSockets came from 127.0.0.1).
    const localAddress = '127.0.0.2';
    const statuses: number[] = [];
    for (let i = 0; i < ANONYMOUS_PER_MINUTE; i += 1) {
      statuses.push((await call(`${i % 2 === 0 ? urls.a : urls.b}/api/v1/auth/status`, { localAddress })).status);
    }
    expect(statuses).toEqual(Array.from({ length: ANONYMOUS_PER_MINUTE }, () => 200));
    for (const url of [urls.b, urls.a]) {
      const refused = await call<{ code: string; message: string }>(`${url}/api/v1/auth/status`, { localAddress });
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({ code: 'GS_ERR_RATE_LIMITED', message: expect.stringMatching(/^too many requests: 10 per minute allowed for IP address 127\.0\.0\.2; retry in \d+ s$/) });
    }
    // Another address still has its whole budget, on both nodes.
    expect([(await call(`${urls.a}/api/v1/auth/status`, { localAddress: '127.0.0.3' })).status, (await call(`${urls.b}/api/v1/auth/status`, { localAddress: '127.0.0.3' })).status]).toEqual([200, 200]);
  });

  it('finishes a scan whose worker is killed (kill -9) in the middle: retried on the other worker, no signal lost or pushed twice', { timeout: 60_000 }, async () => {
    onTestFailed(() => console.error(outputs()));
    const token = await signInAsAdmin(urls.a);
    const [onA, onB] = await Promise.all([SignalListener.connect(urls.a, token), SignalListener.connect(urls.b, token)]);
    const queues = JobQueues.open({ redisUrl: TEST_REDIS_URL, keyPrefix: context.keyPrefix });
    try {
      const submitted = await submitScan(urls.a, token, SYMBOLS_OF_THE_KILL);
      expect(submitted.status).toBe(202);
      // Killed once the scan is under way: the worker holds jobs it has started and not finished.
      const scans = new ScanRepository(context.database.db);
      await pollUntil(async () => ((await scans.byId(submitted.body.id))?.completed ?? 0) >= 2, 'two symbols of the scan to finish', 20_000, 10);
      const [, , doomed] = nodes;
      killed.add(doomed);
      expect(describeExit(await doomed.kill())).toBe('signal SIGKILL');
      expect((await scans.byId(submitted.body.id))?.status).toBe('running');

      const scan = await finishedScan(urls.b, token, submitted.body.id, 30_000);
      expect(scan).toMatchObject({ status: 'done', total: SYMBOLS_OF_THE_KILL.length, completed: SYMBOLS_OF_THE_KILL.length, failed: 0 });
      const ids = scan.items.map((item) => item.signalId).filter((id) => id !== null);
      const perSymbol = await context.database.db.select({ symbol: signals.symbol, n: count() }).from(signals).where(inArray(signals.symbol, SYMBOLS_OF_THE_KILL)).groupBy(signals.symbol);
      expect(Object.fromEntries(perSymbol.map((row) => [row.symbol, row.n]))).toEqual(Object.fromEntries(SYMBOLS_OF_THE_KILL.map((symbol) => [symbol, 1])));
      // The dead worker's jobs were started again by the other one.
      const jobs = (await queues.signals.getJobs(['completed'])).filter((job) => job.data.scanId === submitted.body.id);
      expect(jobs).toHaveLength(SYMBOLS_OF_THE_KILL.length);
      expect(jobs.filter((job) => job.attemptsStarted > 1).length).toBeGreaterThanOrEqual(1);

      await pollUntil(async () => onA.received(ids) && onB.received(ids), () => `both clients to receive ${ids.length} signals (A: ${onA.signalIds.length}, B: ${onB.signalIds.length})`, 10_000, 50);
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const listener of [onA, onB]) expect([...listener.signalIds].sort()).toEqual([...ids].sort());
    } finally {
      await queues.close();
      await Promise.all([onA.close(), onB.close()]);
    }
  });
});
