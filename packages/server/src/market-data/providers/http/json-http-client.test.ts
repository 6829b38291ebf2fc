import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProviderError } from '../../provider-error.js';
import { startLocalApiServer, type LocalApiServer } from '../../test-support/local-api-server.test-support.js';
import { JsonHttpClient } from './json-http-client.js';

const KEY = 'k3y-Secret-123';
const NOW = Date.UTC(2024, 0, 2, 12, 0, 0);
let server: LocalApiServer;

beforeAll(async () => {
  server = await startLocalApiServer(() => ({ body: {} }));
});
afterAll(() => server.close());

function client(timeoutMs = 2_000): JsonHttpClient {
  return new JsonHttpClient({
    provider: 'testapi',
    baseUrl: `${server.baseUrl}/api/v1`,
    timeoutMs,
    headers: { 'x-test-token': KEY },
    query: { apikey: KEY },
    secrets: [KEY],
    now: () => NOW,
  });
}

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ProviderError)) throw new Error(`expected a ProviderError, got ${String(error)}`);
  return error;
}

describe('JsonHttpClient', () => {
  it('sends the path under the base URL with the fixed and the per-request query and headers, and parses the JSON body', async () => {
    server.answer(() => ({ body: { c: 187.5, items: [1, 2] } }));
    const body = await client().getJson({ path: '/quote', query: { symbol: 'AAPL', skipped: undefined, limit: 5 }, what: 'quote of AAPL' });
    expect(body).toEqual({ c: 187.5, items: [1, 2] });
    const request = server.requests.at(-1);
    expect(request?.path).toBe('/api/v1/quote');
    expect(Object.fromEntries(request?.query ?? [])).toEqual({ apikey: KEY, symbol: 'AAPL', limit: '5' });
    expect(request?.headers['x-test-token']).toBe(KEY);
    expect(request?.headers.accept).toBe('application/json');
  });

  it('turns a 429 into rate-limited with Retry-After seconds, keeping the key out of the message', async () => {
    server.answer(() => ({ status: 429, headers: { 'retry-after': '30' }, body: { error: `limit reached for key ${KEY}` } }));
    const error = await failure(client().getJson({ path: '/quote', query: { symbol: 'AAPL' }, what: 'quote of AAPL' }));
    expect(error.kind).toBe('rate-limited');
    expect(error.retryable).toBe(true);
    expect(error.status).toBe(429);
    expect(error.retryAfterMs).toBe(30_000);
    expect(error.message).toBe(
      `testapi: quote of AAPL: HTTP 429 Too Many Requests from GET ${server.baseUrl}/api/v1/quote?apikey=***&symbol=AAPL: limit reached for key ***`,
    );
    expect(error.message).not.toContain(KEY);
  });

  it('reads a Retry-After HTTP-date relative to the injected clock', async () => {
    server.answer(() => ({ status: 429, headers: { 'retry-after': 'Tue, 02 Jan 2024 12:00:45 GMT' }, body: {} }));
    const error = await failure(client().getJson({ path: '/quote', what: 'quote of AAPL' }));
    expect(error.retryAfterMs).toBe(45_000);
  });

  it.each([
    [500, 'unavailable'],
    [503, 'unavailable'],
    [401, 'unauthorized'],
    [403, 'unauthorized'],
    [404, 'not-found'],
    [400, 'bad-request'],
    [422, 'bad-request'],
  ] as const)('maps HTTP %i to %s and quotes the reason the body gives', async (status, kind) => {
    server.answer(() => ({ status, body: { status: 'ERROR', error: 'the reason' } }));
    const error = await failure(client().getJson({ path: '/x', what: 'thing' }));
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.message).toMatch(new RegExp(`^testapi: thing: HTTP ${status} .* from GET .*/api/v1/x\\?apikey=\\*\\*\\*: the reason$`));
  });

  it('shows the start of an HTML error page', async () => {
    server.answer(() => ({ status: 502, body: '<html><body>Bad gateway</body></html>' }));
    const error = await failure(client().getJson({ path: '/x', what: 'thing' }));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/HTTP 502 Bad Gateway from GET .*: <html><body>Bad gateway<\/body><\/html>$/);
  });

  it('turns a 200 whose body is not JSON into bad-response quoting its start', async () => {
    server.answer(() => ({ body: '{"c": 187.5, "h": ' }));
    const error = await failure(client().getJson({ path: '/quote', what: 'quote of AAPL' }));
    expect(error.kind).toBe('bad-response');
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/^testapi: quote of AAPL: HTTP 200 from GET .* with a body that is not JSON: "\{"c": 187.5, "h":"$/);
  });

  it('turns an empty 200 body into bad-response', async () => {
    server.answer(() => ({ body: '' }));
    const error = await failure(client().getJson({ path: '/quote', what: 'quote of AAPL' }));
    expect(error.kind).toBe('bad-response');
    expect(error.message).toMatch(/with an empty body$/);
  });

  it('gives up on a slow answer after the timeout with unavailable', async () => {
    server.answer(() => ({ delayMs: 3_000, body: {} }));
    const started = Date.now();
    const error = await failure(client(150).getJson({ path: '/slow', what: 'slow thing' }));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/^testapi: slow thing: no answer from GET .*\/api\/v1\/slow\?apikey=\*\*\* within 150 ms$/);
    expect(Date.now() - started).toBeLessThan(2_500);
  });

  it('stops when the caller aborts and says so', async () => {
    server.answer(() => ({ delayMs: 3_000, body: {} }));
    const controller = new AbortController();
    const pending = failure(client().getJson({ path: '/slow', what: 'slow thing', signal: controller.signal }));
    setTimeout(() => controller.abort(new Error('shutting down')), 50);
    const error = await pending;
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/was cancelled by the caller$/);
    expect(error.cause).toEqual(new Error('shutting down'));
  });

  it('reports a refused connection as unavailable with the network reason', async () => {
    const closed = await startLocalApiServer(() => ({ body: {} }));
    await closed.close();
    const offline = new JsonHttpClient({ provider: 'testapi', baseUrl: closed.baseUrl, timeoutMs: 2_000, secrets: [KEY], query: { token: KEY } });
    const error = await failure(offline.getJson({ path: '/quote', what: 'quote of AAPL' }));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/^testapi: quote of AAPL: GET .*\/quote\?token=\*\*\* failed: ECONNREFUSED/);
  });

  it('follows an absolute link on its own host but refuses one to another host', async () => {
    server.answer(() => ({ body: { page: 2 } }));
    await expect(client().getJson({ path: `${server.baseUrl}/api/v1/next?cursor=abc`, what: 'page 2' })).resolves.toEqual({ page: 2 });
    expect(Object.fromEntries(server.requests.at(-1)?.query ?? [])).toEqual({ cursor: 'abc', apikey: KEY });
    const error = await failure(client().getJson({ path: 'https://elsewhere.example/next?cursor=abc', what: 'page 2' }));
    expect(error.kind).toBe('bad-response');
    expect(error.message).toBe(`testapi: page 2: refusing to follow a link to another host (https://elsewhere.example, expected ${server.baseUrl})`);
  });

  it('builds readers whose errors name the field and what it held', () => {
    const reader = client().reader('bars of AAPL (1d)');
    const body = reader.object({ results: [{ o: 1, h: 'x' }] }, '');
    const row = reader.object(reader.arrayField(body, 'results', '')[0], 'results[0]');
    expect(reader.number(row, 'o', 'results[0]')).toBe(1);
    expect(() => reader.number(row, 'h', 'results[0]')).toThrow(
      'testapi: bars of AAPL (1d): unexpected answer: results[0].h is "x", expected a finite number',
    );
  });
});
