import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../../config/load-config.js';
import { createServer, type GoldenSignalsServer } from '../../runtime/create-server.js';
import { WEBSOCKET_ERROR_CODES } from '../../ws/websocket-error-code.js';
import { fuzzRoutes, type FuzzFailure, type FuzzReport } from './fuzz-routes.js';
import { fuzzWebSocket } from './fuzz-websocket.js';
import type { KnownValues } from './fuzz-request.js';
import type { RouteOperation } from './route-catalog.js';
import { tableRowCounts } from './table-row-counts.test-support.js';

/** A fixed clock: Monday 2024-06-03 18:00 UTC, NYSE open. */
const NOW = Date.UTC(2024, 5, 3, 18, 0);
const now = (): number => NOW;

const ADMIN = { email: 'admin@example.com', password: 'correct horse battery staple' };
const VIEWER = { email: 'viewer@example.com', password: 'another horse battery staple', role: 'viewer' };

/** Random requests per operation (plus the fixed edge cases); ~3,000 requests in all keep the file under a minute. */
const RUNS_PER_ROUTE = 20;

/** GETs may fill the market data caches (bars fetched from the simulator, and the ranges fetched); nothing else. */
const CACHE_TABLES = new Set(['bars', 'bar_coverage']);

/** Ends the session of the token it is sent with: fuzzed last, alone, so the other routes keep a valid token. */
const LOGOUT = 'POST /api/v1/auth/logout';

const operationKey = (operation: RouteOperation): string => `${operation.method} ${operation.pathTemplate}`;

const unexpected = (report: FuzzReport): FuzzFailure[] => report.failures;

function describeRun(name: string, report: FuzzReport): void {
  // eslint-disable-next-line no-console -- the request count and statuses are what tuning RUNS_PER_ROUTE needs
  console.info(`${name}: ${report.requests} requests to ${report.routes} operations, by status ${JSON.stringify(report.byStatus)}, slowest ${report.slowest[0]?.durationMs ?? 0} ms`);
}

/** A WebSocket with the token, subscribing to `signals`: the message the server answers with. */
async function subscribeToSignals(url: string, token: string): Promise<{ type: string; channels?: string[] }> {
  const socket = new WebSocket(url, ['goldensignals.v1', `bearer.${token}`]);
  try {
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer to subscribe within 2 s')), 2_000);
      socket.on('error', reject);
      socket.on('message', (raw) => {
        const message = JSON.parse(String(raw)) as { type: string; channels?: string[] };
        if (message.type === 'welcome') socket.send(JSON.stringify({ type: 'subscribe', channels: ['signals'] }));
        else if (message.type !== 'heartbeat') {
          clearTimeout(timer);
          resolve(message);
        }
      });
    });
  } finally {
    socket.close();
  }
}

describe('fuzzing every route and the WebSocket of a running server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gs-fuzz-'));
  const config = loadConfig({
    // Rate limits would answer most of the run with 429 and leave the routes behind them untested.
    env: { PORT: '0', DATA_DIR: dataDir, MARKET_DATA_PROVIDERS: 'simulator', LOG_LEVEL: 'silent', RATE_LIMIT_ANONYMOUS: '1000000', RATE_LIMIT_AUTHENTICATED: '1000000' },
    file: null,
  });
  let server: GoldenSignalsServer;
  let baseUrl: string;
  let headers: { authorization: string };
  let knownValues: KnownValues;
  /** A second admin session and a viewer's, for the WebSocket: fuzzing logout ends the first one. */
  let adminSocketToken: string;
  let viewerToken: string;

  async function call(method: 'GET' | 'POST', url: string, payload?: object, extraHeaders: Record<string, string> = headers): Promise<Record<string, unknown>> {
    const response = await server.app.inject({ method, url, headers: extraHeaders, ...(payload === undefined ? {} : { payload }) });
    if (response.statusCode >= 300) throw new Error(`${method} ${url} answered ${response.statusCode}: ${response.body}`);
    return response.json<Record<string, unknown>>();
  }

  beforeAll(async () => {
    server = await createServer(config, { logger: false, schedule: false, now });
    baseUrl = await server.start();
    const registered = await call('POST', '/api/v1/auth/register', ADMIN, {});
    headers = { authorization: `Bearer ${String(registered.accessToken)}` };
    adminSocketToken = String((await call('POST', '/api/v1/auth/login', ADMIN, {})).accessToken);
    await call('POST', '/api/v1/admin/users', VIEWER);
    viewerToken = String((await call('POST', '/api/v1/auth/login', { email: VIEWER.email, password: VIEWER.password }, {})).accessToken);

    const signal = await call('POST', '/api/v1/signals/generate/AAPL?timeframe=1d');
    const watchlist = await call('POST', '/api/v1/watchlists', { name: 'fuzz', symbols: ['AAPL', 'MSFT'] });
    const portfolio = await call('POST', '/api/v1/portfolios', { name: 'fuzz', initialCash: '100000' });
    // A buy limit far below the price stays open, so the order routes have an order to read and cancel.
    const placed = await call('POST', `/api/v1/portfolios/${String(portfolio.id)}/orders`, { symbol: 'AAPL', side: 'buy', quantity: '1', type: 'limit', limitPrice: '1' });
    const alert = await call('POST', '/api/v1/alerts', { symbol: 'AAPL', kind: 'price_above', params: { price: 1000 } });
    const order = placed.order as { id: string };
    knownValues = { id: [String(signal.id), String(watchlist.id), String(portfolio.id), String(alert.id), 'rsi'], symbol: ['AAPL'], orderId: [order.id] };
  }, 60_000);

  afterAll(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers hostile GETs without a 5xx, a leak or a non-JSON body, and writes nothing but the market data caches', async () => {
    const before = await tableRowCounts(server.database);
    const report = await fuzzRoutes(server.app, { headers, runsPerRoute: RUNS_PER_ROUTE, seed: 1, knownValues, select: (operation) => operation.method === 'GET' });
    describeRun('GET routes', report);
    const after = await tableRowCounts(server.database);

    expect(report.routes).toBeGreaterThan(30);
    expect(unexpected(report)).toEqual([]);
    const changed = Object.keys(before).filter((table) => before[table] !== after[table] && !CACHE_TABLES.has(table));
    expect(changed).toEqual([]);
  }, 60_000);

  it('refuses a number too large for a double (1e309 = Infinity after coercion) in the query with a 400 naming it', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/v1/signals/performance/summary?days=1e309', headers });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'GS_ERR_VALIDATION', problems: [{ field: 'query.days', message: 'must be a finite number' }] });
  });

  it('answers hostile requests to every route without a 5xx, a leak or a non-JSON body', async () => {
    const report = await fuzzRoutes(server.app, { headers, runsPerRoute: RUNS_PER_ROUTE, seed: 2, knownValues, select: (operation) => operationKey(operation) !== LOGOUT });
    describeRun('all routes', report);
    // FUZZ_REPORT=<file> keeps the whole report (statuses per operation, failures with their requests) for a closer look.
    if (process.env.FUZZ_REPORT !== undefined) writeFileSync(process.env.FUZZ_REPORT, JSON.stringify(report, null, 2));
    const logout = await fuzzRoutes(server.app, { headers, runsPerRoute: RUNS_PER_ROUTE, seed: 2, select: (operation) => operationKey(operation) === LOGOUT });

    expect(report.routes).toBeGreaterThan(50);
    expect(logout.routes).toBe(1);
    // Most requests must reach past authentication, or the run tested the 401 handler only.
    expect(report.byStatus['401'] ?? 0).toBeLessThan(report.requests / 10);
    expect([...unexpected(report), ...unexpected(logout)]).toEqual([]);
  }, 60_000);

  it('answers hostile WebSocket frames with coded errors, closes abusers with 4002, and stays responsive', async () => {
    const wsUrl = `${baseUrl.replace('http', 'ws')}/ws`;
    const viewer = await fuzzWebSocket(wsUrl, { messages: 300, seed: 3, protocols: ['goldensignals.v1', `bearer.${viewerToken}`] });
    const anonymous = await fuzzWebSocket(wsUrl, { messages: 100, seed: 4 });
    // eslint-disable-next-line no-console -- what the server answered, to see the run was not all refusals
    console.info(`WebSocket: ${viewer.framesSent + anonymous.framesSent} frames on ${viewer.connections + anonymous.connections} connections`, viewer.answersByType, viewer.closesByCode);

    for (const report of [viewer, anonymous]) {
      expect(report.failedConnections).toBe(0);
      expect(report.leaks).toEqual([]);
      expect(report.malformedAnswers).toEqual([]);
      expect(report.unanswered).toBe(0);
      expect(Object.keys(report.errorsByCode).filter((code) => !(WEBSOCKET_ERROR_CODES as readonly string[]).includes(code) || code === 'GS_ERR_INTERNAL')).toEqual([]);
      // 4002: too many bad messages; 1009: a frame over the limit; 1007: text that is not UTF-8.
      expect(Object.keys(report.closesByCode).filter((code) => !['4002', '1009', '1007'].includes(code))).toEqual([]);
      expect(report.closesByCode['4002']).toBeGreaterThan(0);
    }
    expect(viewer.answersByType.subscribed).toBeGreaterThan(0);
    expect(viewer.answersByType.pong).toBeGreaterThan(0);

    const started = performance.now();
    const health = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(1_000) });
    expect(health.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await subscribeToSignals(wsUrl, adminSocketToken)).toEqual({ type: 'subscribed', channels: ['signals'] });
  }, 60_000);

});
