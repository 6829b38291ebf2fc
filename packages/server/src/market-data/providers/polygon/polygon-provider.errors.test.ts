import { describe, expect, it } from 'vitest';
import { useLocalApiServer } from '../http/use-local-api-server.test-support.js';
import type { BarRequest } from '../../bar-request.js';
import { ProviderError } from '../../provider-error.js';
import { polygonError } from './polygon-answers.test-support.js';
import { PolygonProvider } from './polygon-provider.js';

const KEY = 'pk_live_8f2e1c';
const DAYS: BarRequest = { symbol: 'AAPL', timeframe: '1d', from: Date.UTC(2024, 0, 2), to: Date.UTC(2024, 0, 5) };
const api = useLocalApiServer();

async function barsFailure(timeoutMs = 2_000): Promise<ProviderError> {
  const provider = new PolygonProvider({ apiKey: KEY, baseUrl: api.server.baseUrl, timeoutMs });
  const error: unknown = await provider.bars(DAYS).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ProviderError)) throw new Error(`expected a ProviderError, got ${String(error)}`);
  expect(error.message).not.toContain(KEY);
  return error;
}

describe('PolygonProvider errors', () => {
  it('reports 429 as rate-limited with the Retry-After wait and Polygon’s reason', async () => {
    api.server.answer(() => ({
      status: 429,
      headers: { 'retry-after': '12' },
      body: polygonError("You've exceeded the maximum requests per minute, please wait or upgrade your subscription to continue."),
    }));
    const error = await barsFailure();
    expect([error.kind, error.status, error.retryAfterMs]).toEqual(['rate-limited', 429, 12_000]);
    expect(error.message).toMatch(/^polygon: 1d bars of AAPL: HTTP 429 Too Many Requests from GET .*: You've exceeded the maximum requests per minute/);
  });

  it('reports a 500 as unavailable', async () => {
    api.server.answer(() => ({ status: 500, body: polygonError('Internal server error') }));
    const error = await barsFailure();
    expect([error.kind, error.status, error.retryable]).toEqual(['unavailable', 500, true]);
  });

  it('reports a bad key (401) as unauthorized', async () => {
    api.server.answer(() => ({ status: 401, body: polygonError('Unknown API Key') }));
    const error = await barsFailure();
    expect([error.kind, error.retryable]).toEqual(['unauthorized', false]);
    expect(error.message).toMatch(/HTTP 401 Unauthorized from GET .*\/v2\/aggs\/ticker\/AAPL\/range\/1\/day\/2024-01-02\/2024-01-04\?adjusted=true&sort=asc&limit=50000: Unknown API Key$/);
  });

  it('reports a truncated JSON body as bad-response', async () => {
    api.server.answer(() => ({ body: '{"ticker":"AAPL","results":[{"t":1704171600000,"o":187.15' }));
    const error = await barsFailure();
    expect(error.kind).toBe('bad-response');
    expect(error.message).toMatch(/with a body that is not JSON: "\{"ticker":"AAPL","results":\[\{"t":1704171600000,"o":187.15"$/);
  });

  it('names the field when the JSON is not the documented shape', async () => {
    api.server.answer(() => ({ body: { status: 'OK', results: [{ t: 1704171600000, o: '187.15', h: 188.44, l: 183.885, c: 185.64, v: 82_488_674 }] } }));
    expect((await barsFailure()).message).toBe('polygon: 1d bars of AAPL: unexpected answer: results[0].o is "187.15", expected a finite number');
    api.server.answer(() => ({ body: { status: 'ERROR', error: 'something broke' } }));
    expect((await barsFailure()).message).toBe('polygon: 1d bars of AAPL: unexpected answer: status is "ERROR", expected "OK" or "DELAYED"');
    api.server.answer(() => ({ body: [] }));
    expect((await barsFailure()).message).toBe('polygon: 1d bars of AAPL: unexpected answer: the body is [], expected an object');
  });

  it('gives up after the timeout with unavailable', async () => {
    api.server.answer(() => ({ delayMs: 3_000, body: {} }));
    const started = Date.now();
    const error = await barsFailure(200);
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/no answer from GET .* within 200 ms$/);
    expect(Date.now() - started).toBeLessThan(2_500);
  });

  it('refuses a next_url that leads to another host, so the key header never leaves', async () => {
    api.server.answer(() => ({ body: { status: 'OK', results: [], next_url: 'https://evil.example/v2/aggs?cursor=x' } }));
    const error = await barsFailure();
    expect(error.kind).toBe('bad-response');
    expect(error.message).toContain('refusing to follow a link to another host (https://evil.example');
  });

  it('refuses an empty API key when constructed', () => {
    expect(() => new PolygonProvider({ apiKey: '  ' })).toThrow('polygon needs an API key: apiKey is empty');
  });
});
