import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../config/load-config.js';
import { PolygonProvider } from '../market-data/providers/polygon/polygon-provider.js';
import { MarketSimulator } from '../market-data/simulator/market-simulator.js';
import { describeEngines } from '../storage/test-support/describe-engines.test-support.js';
import { dropTestSchema, TEST_POSTGRES_URL, testSchemaName } from '../storage/test-support/test-postgres.test-support.js';
import { createServer, type CreateServerOptions, type GoldenSignalsServer } from './create-server.js';

/** A fixed clock: Monday 2024-06-03 18:00 UTC, NYSE open. */
const NOW = Date.UTC(2024, 5, 3, 18, 0);
const now = (): number => NOW;

interface Message {
  readonly type: string;
  readonly channel?: string;
  readonly data?: { readonly id: string };
  readonly channels?: readonly string[];
  readonly code?: string;
}

const ADMIN = { email: 'admin@example.com', password: 'correct horse battery staple' };

/** Signs in as the install's admin (creating it on a fresh install) and returns the authorization headers. */
async function signIn(url: string): Promise<{ authorization: string }> {
  const status = (await (await fetch(`${url}/api/v1/auth/status`)).json()) as { needsFirstAccount: boolean };
  const path = status.needsFirstAccount ? 'register' : 'login';
  const response = await fetch(`${url}/api/v1/auth/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
  const answer = (await response.json()) as { accessToken: string; user: { role: string } };
  expect(answer.user.role).toBe('admin');
  return { authorization: `Bearer ${answer.accessToken}` };
}

/** A WebSocket client that keeps every message it receives. */
async function connect(url: string, token?: string): Promise<{ socket: WebSocket; messages: Message[]; next: (type: string) => Promise<Message> }> {
  const socket = token === undefined ? new WebSocket(url) : new WebSocket(url, ['goldensignals.v1', `bearer.${token}`]);
  const messages: Message[] = [];
  const waiters: { type: string; resolve: (message: Message) => void }[] = [];
  socket.on('message', (raw) => {
    const message = JSON.parse(String(raw)) as Message;
    messages.push(message);
    const index = waiters.findIndex((waiter) => waiter.type === message.type);
    if (index >= 0) waiters.splice(index, 1)[0].resolve(message);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const next = (type: string): Promise<Message> => {
    const seen = messages.find((message) => message.type === type && !('taken' in message));
    if (seen) {
      Object.assign(seen, { taken: true });
      return Promise.resolve(seen);
    }
    return new Promise((resolve) => waiters.push({ type, resolve }));
  };
  return { socket, messages, next };
}

describeEngines('GoldenSignals server end to end', (kind) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gs-e2e-'));
  const schema = testSchemaName();
  const env = {
    PORT: '0',
    DATA_DIR: dataDir,
    MARKET_DATA_PROVIDERS: 'simulator',
    LOG_LEVEL: 'silent',
    ...(kind === 'postgres' ? { DATABASE_URL: TEST_POSTGRES_URL } : {}),
  };
  const config = loadConfig({ env, file: null });
  const started: GoldenSignalsServer[] = [];

  async function start(options: CreateServerOptions = {}): Promise<{ server: GoldenSignalsServer; url: string }> {
    const server = await createServer(config, { logger: false, schedule: false, now, databaseSchema: kind === 'postgres' ? schema : undefined, ...options });
    started.push(server);
    return { server, url: await server.start() };
  }

  // One server at a time on the data folder: two PGlite instances must never open the same files.
  afterEach(async () => {
    for (const server of started.splice(0)) await server.stop();
  });
  afterAll(async () => {
    if (kind === 'postgres') await dropTestSchema(schema);
  });

  it('generates a signal over REST, pushes the same object over WebSocket, and finds it again after a restart', async () => {
    const { server, url } = await start();
    const headers = await signIn(url);
    const anonymous = await connect(`${url.replace('http', 'ws')}/ws`);
    await anonymous.next('welcome');
    anonymous.socket.send(JSON.stringify({ type: 'subscribe', channels: ['signals'] }));
    expect(await anonymous.next('error')).toMatchObject({ code: 'GS_ERR_FORBIDDEN_CHANNEL' });
    anonymous.socket.close();
    const client = await connect(`${url.replace('http', 'ws')}/ws`, headers.authorization.slice('Bearer '.length));
    await client.next('welcome');
    client.socket.send(JSON.stringify({ type: 'subscribe', channels: ['signals:BTC-USD'] }));
    expect((await client.next('subscribed')).channels).toEqual(['signals:BTC-USD']);

    expect((await fetch(`${url}/api/v1/signals/generate/BTC-USD?timeframe=1h`, { method: 'POST' })).status).toBe(401);
    const response = await fetch(`${url}/api/v1/signals/generate/BTC-USD?timeframe=1h`, { method: 'POST', headers });
    expect(response.status).toBe(201);
    const signal = (await response.json()) as { id: string; symbol: string; simulated: boolean; time: string };
    expect(signal).toMatchObject({ symbol: 'BTC-USD', simulated: true, time: new Date(NOW - 3_600_000).toISOString() });
    const pushed = await client.next('signal');
    expect(pushed).toMatchObject({ type: 'signal', channel: 'signals:BTC-USD' });
    expect(pushed.data).toEqual(signal);
    client.socket.close();

    await server.stop();
    started.splice(started.indexOf(server), 1);
    const restarted = await start();
    // The access token outlives the restart: the signing secret was kept under DATA_DIR.
    const details = await fetch(`${restarted.url}/api/v1/signals/${signal.id}/details`, { headers });
    expect(details.status).toBe(200);
    expect(((await details.json()) as { signal: unknown }).signal).toEqual(signal);
    const again = await fetch(`${restarted.url}/api/v1/signals/generate/BTC-USD?timeframe=1h`, { method: 'POST', headers });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string }).id).toBe(signal.id);
    const ready = await fetch(`${restarted.url}/ready`);
    expect(await ready.json()).toMatchObject({ ready: true, checks: { database: { ok: true, kind } } });
  });

  it('fails over to the next provider when the first is down, and shows it in /metrics', async () => {
    // A real HTTP provider pointed at a port nothing listens on: every call is refused.
    const unreachable = new PolygonProvider({ apiKey: 'test-key', baseUrl: 'http://127.0.0.1:9', timeoutMs: 2000 });
    const { url } = await start({ providers: [unreachable, new MarketSimulator({ seed: 42, now })] });
    const response = await fetch(`${url}/api/v1/signals/generate/ETH-USD?timeframe=1d`, { method: 'POST', headers: await signIn(url) });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ symbol: 'ETH-USD', simulated: true });
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/goldensignals_provider_requests_total\{provider="polygon",method="bars",outcome="error"\} [1-9]/);
    expect(metrics).toMatch(/goldensignals_provider_requests_total\{provider="simulator",method="bars",outcome="success"\} [1-9]/);
    expect(metrics).toMatch(/goldensignals_signals_generated_total\{action="(BUY|SELL|HOLD)",timeframe="1d"\} 1/);
    expect(metrics).toMatch(/goldensignals_agent_duration_seconds_count\{agent="rsi"\} 1/);
  });

  it('answers an unknown route with a coded 404 and serves the OpenAPI document', async () => {
    const { url } = await start();
    const missing = await fetch(`${url}/api/v1/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'GS_ERR_NOT_FOUND', message: 'no route GET /api/v1/nope' });
    const docs = await fetch(`${url}/docs/json`);
    const document = (await docs.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/v1/signals/latest', '/api/v1/signals/generate/{symbol}', '/health', '/ready']));
  });
});
