import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { clearRedisPrefix, probeRedis, TEST_REDIS_URL, testRedisPrefix } from '../redis/test-redis.test-support.js';
import { call, pollUntil, signInAsAdmin, type HttpAnswer } from './cluster-client.test-support.js';
import { clusterEnv, type ClusterEnv } from './cluster-env.test-support.js';
import { PrivatePostgresServer, privatePostgresProblem } from './private-postgres-server.test-support.js';
import { spawnApiNode } from './spawn-cluster-node.test-support.js';
import { describeExit, type TestProcess } from './spawn-test-process.test-support.js';

// The node is scaled out (Redis for limits, bus and queues); the outage is of its own PostgreSQL cluster, never the
// machine's. probeRedis throws in CI when Redis is unreachable; without PostgreSQL binaries the test is skipped.
const redisProblem = await probeRedis();
const binaryProblem = privatePostgresProblem();
const problem = binaryProblem === null ? (redisProblem === null ? null : `Redis at ${TEST_REDIS_URL} is unreachable (${redisProblem})`) : `a private PostgreSQL server cannot be made: ${binaryProblem}`;
if (problem !== null) console.warn(`PostgreSQL outage test skipped: ${problem}`);

const OUTAGE_MS = 10_000;
const FAIL_FAST_MS = 2000;
const ORDER = { symbol: 'AAPL', side: 'buy', quantity: '1', type: 'market' } as const;

/** An order request of the placers, when it was sent (ms, performance clock) and what came back (status 0: no answer). */
interface OrderOutcome {
  readonly sentAt: number;
  readonly answeredAt: number;
  readonly status: number;
  readonly orderId: string | null;
  readonly code: string | null;
}

function codeOf(answer: HttpAnswer): string | null {
  const body = answer.body as { code?: unknown } | null;
  return typeof body?.code === 'string' ? body.code : null;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(problem !== null)('an API node whose PostgreSQL stops for 10 s', () => {
  const keyPrefix = testRedisPrefix();
  let postgres: PrivatePostgresServer | undefined;
  let env: ClusterEnv | undefined;
  let node: TestProcess | undefined;
  let url = '';

  beforeAll(async () => {
    postgres = await PrivatePostgresServer.create();
    env = clusterEnv({ databaseUrl: postgres.url, redisUrl: TEST_REDIS_URL, keyPrefix });
    // The placers send hundreds of orders: the per-user limit must not be what refuses them.
    node = spawnApiNode(env.nodeEnv({ RATE_LIMIT_AUTHENTICATED: '100000' }));
    url = await node.ready;
  }, 60_000);

  afterAll(async () => {
    await node?.kill();
    await postgres?.remove();
    env?.remove();
    await clearRedisPrefix(keyPrefix);
  });

  it('turns /ready false and fails requests fast with 503 while it is down, writes nothing by halves, and recovers without a restart', { timeout: 60_000 }, async () => {
    if (node === undefined || postgres === undefined) throw new Error('the API node and its PostgreSQL are started in beforeAll');
    const [apiNode, server] = [node, postgres];
    onTestFailed(() => console.error(`API node output (${apiNode.running ? 'running' : 'exited'}):\n${apiNode.output()}\nPostgreSQL log:\n${server.log()}`));
    const token = await signInAsAdmin(url);
    const opened = await call<{ id: string }>(`${url}/api/v1/portfolios`, { method: 'POST', token, body: { name: 'outage', initialCash: '10000000' } });
    expect(opened.status).toBe(201);
    const ordersUrl = `${url}/api/v1/portfolios/${opened.body.id}/orders`;
    const pid = apiNode.child.pid;

    // Six clients place market orders back to back; the database is stopped under them.
    const outcomes: OrderOutcome[] = [];
    let placing = true;
    const placers = [0, 1, 2, 3, 4, 5].map(async () => {
      while (placing) {
        const sentAt = performance.now();
        try {
          const answer = await call<{ order?: { id?: string } }>(ordersUrl, { method: 'POST', token, body: ORDER, timeoutMs: 5000 });
          outcomes.push({ sentAt, answeredAt: performance.now(), status: answer.status, orderId: answer.body.order?.id ?? null, code: codeOf(answer) });
          if (answer.status !== 201) await sleep(50);
        } catch {
          outcomes.push({ sentAt, answeredAt: performance.now(), status: 0, orderId: null, code: null });
          await sleep(50);
        }
      }
    });
    await pollUntil(async () => outcomes.filter((outcome) => outcome.status === 201).length >= 20, 'twenty orders before the outage', 20_000, 20);
    const stoppingAt = performance.now();
    await server.stopImmediately();
    const stoppedAt = performance.now();
    await sleep(1000);
    placing = false;
    await Promise.all(placers);
    expect(apiNode.running, `the API node died when PostgreSQL stopped:\n${apiNode.output()}`).toBe(true);

    // While it is down: alive, not ready, and every request needing the database answers at once: 503 GS_ERR_NOT_READY.
    const probes: { health: HttpAnswer; ready: HttpAnswer<{ ready: boolean }>; list: HttpAnswer; order: HttpAnswer }[] = [];
    while (performance.now() - stoppedAt < OUTAGE_MS) {
      const [health, ready, list, order] = await Promise.all([
        call(`${url}/health`),
        call<{ ready: boolean }>(`${url}/ready`),
        call(`${url}/api/v1/portfolios`, { token }),
        call(ordersUrl, { method: 'POST', token, body: ORDER }),
      ]);
      probes.push({ health, ready, list, order });
      await sleep(1500);
    }
    expect(probes.length).toBeGreaterThanOrEqual(4);
    for (const { health, ready, list, order } of probes) {
      expect(health.status).toBe(200);
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ ready: false, checks: { database: { ok: false, message: 'database unreachable' } } });
      for (const answer of [list, order]) {
        expect(answer.status).toBe(503);
        expect(answer.body).toMatchObject({ code: 'GS_ERR_NOT_READY', message: 'the database is unreachable right now; try again in a few seconds' });
        expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
      }
      for (const answer of [health, ready, list, order]) expect(answer.elapsedMs).toBeLessThan(FAIL_FAST_MS);
    }
    // Every order got an answer (the node never dropped a connection); those sent after the stop, a fast 503.
    expect(outcomes.filter((outcome) => outcome.status === 0)).toEqual([]);
    expect(outcomes.filter((outcome) => outcome.answeredAt < stoppingAt).every((outcome) => outcome.status === 201)).toBe(true);
    const afterStop = outcomes.filter((outcome) => outcome.sentAt > stoppedAt);
    expect(afterStop.length).toBeGreaterThan(0);
    for (const outcome of afterStop) {
      expect([outcome.status, outcome.code]).toEqual([503, 'GS_ERR_NOT_READY']);
      expect(outcome.answeredAt - outcome.sentAt).toBeLessThan(FAIL_FAST_MS);
    }
    // Orders in flight while PostgreSQL was being stopped: placed (201) or refused (503), nothing else.
    const caught = outcomes.filter((outcome) => outcome.sentAt < stoppedAt && outcome.answeredAt > stoppingAt);
    expect(caught.length).toBeGreaterThan(0);
    for (const outcome of caught) expect([201, 503]).toContain(outcome.status);

    // Back: ready again and serving, the same process (never restarted).
    await server.start();
    const restartedAt = performance.now();
    await pollUntil(async () => (await call(`${url}/ready`)).status === 200, '/ready to answer 200 after PostgreSQL is back', 15_000, 100);
    const recoveredMs = performance.now() - restartedAt;
    expect(recoveredMs).toBeLessThan(10_000);
    expect((await call(`${url}/api/v1/portfolios`, { token })).status).toBe(200);
    const afterwards = await call<{ order: { id: string } }>(ordersUrl, { method: 'POST', token, body: ORDER });
    expect(afterwards.status).toBe(201);
    expect([apiNode.running, apiNode.child.pid]).toEqual([true, pid]);

    // Nothing half-written: every stored order is filled by exactly one fill, and cash and position agree with the fills.
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      const stored = await client.query<{ id: string; status: string; quantity: string; filled_quantity: string; fills: string; filled: string }>(
        `SELECT o.id, o.status, o.quantity, o.filled_quantity, count(f.id) AS fills, coalesce(sum(f.quantity), 0) AS filled
           FROM orders o LEFT JOIN fills f ON f.order_id = o.id WHERE o.portfolio_id = $1 GROUP BY o.id`,
        [opened.body.id],
      );
      const incomplete = stored.rows.filter((row) => row.status !== 'filled' || row.fills !== '1' || Number(row.filled) !== Number(row.quantity) || Number(row.filled_quantity) !== Number(row.quantity));
      expect(incomplete).toEqual([]);
      const ledger = await client.query<{ cash_matches: boolean; position: string | null; fills: string }>(
        `SELECT p.cash = p.initial_cash - coalesce((SELECT sum(f.quantity * f.price + f.commission) FROM fills f WHERE f.portfolio_id = p.id), 0) AS cash_matches,
                (SELECT quantity FROM positions s WHERE s.portfolio_id = p.id AND s.symbol = 'AAPL') AS position,
                (SELECT count(*) FROM fills f WHERE f.portfolio_id = p.id) AS fills
           FROM portfolios p WHERE p.id = $1`,
        [opened.body.id],
      );
      expect(ledger.rows[0].cash_matches).toBe(true);
      expect(Number(ledger.rows[0].position)).toBe(Number(ledger.rows[0].fills));
      expect(Number(ledger.rows[0].fills)).toBe(stored.rows.length);
      // Every order a client was told was placed is stored. (An order committed just before the stop whose answer was
      // lost may be stored without a 201: complete all the same, as checked above.)
      const storedIds = new Set(stored.rows.map((row) => row.id));
      const acknowledged = [...outcomes.map((outcome) => outcome.orderId), afterwards.body.order.id].filter((id) => id !== null);
      expect(acknowledged.filter((id) => !storedIds.has(id))).toEqual([]);
    } finally {
      await client.end();
    }

    // A graceful stop ends with pool.end(), which waits for every checked-out client: one leaked during the outage hangs it.
    expect(describeExit(await apiNode.stop()), 'the API node did not stop gracefully within 15 s after the outage').toBe('exit code 0');
  });
});
