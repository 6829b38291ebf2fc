import { describe, expect, it } from 'vitest';
import { useLocalApiServer } from '../http/use-local-api-server.test-support.js';
import { ProviderError } from '../../provider-error.js';
import { FinnhubProvider } from './finnhub-provider.js';

const KEY = 'cn1fh2r01qvjam8token';
const api = useLocalApiServer();

async function quoteFailure(timeoutMs = 2_000): Promise<ProviderError> {
  const provider = new FinnhubProvider({ apiKey: KEY, baseUrl: `${api.server.baseUrl}/api/v1`, timeoutMs });
  const error: unknown = await provider.quote('AAPL').then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ProviderError)) throw new Error(`expected a ProviderError, got ${String(error)}`);
  expect(error.message).not.toContain(KEY);
  return error;
}

describe('FinnhubProvider errors', () => {
  it('reports 429 as rate-limited with the Retry-After wait', async () => {
    api.server.answer(() => ({ status: 429, headers: { 'retry-after': '1' }, body: { error: 'API limit reached. Please try again later. Remaining Limit: 0' } }));
    const error = await quoteFailure();
    expect([error.kind, error.retryAfterMs]).toEqual(['rate-limited', 1_000]);
    expect(error.message).toMatch(/^finnhub: quote of AAPL: HTTP 429 Too Many Requests from GET .*\/api\/v1\/quote\?symbol=AAPL: API limit reached\. Please try again later\. Remaining Limit: 0$/);
  });

  it('reports a bad token (401) and a plan without access (403) as unauthorized', async () => {
    api.server.answer(() => ({ status: 401, body: { error: 'Invalid API key' } }));
    expect(await quoteFailure()).toMatchObject({ kind: 'unauthorized', status: 401 });
    api.server.answer(() => ({ status: 403, body: { error: "You don't have access to this resource." } }));
    expect(await quoteFailure()).toMatchObject({ kind: 'unauthorized', status: 403 });
  });

  it('reports a 500 as unavailable', async () => {
    api.server.answer(() => ({ status: 500, body: 'Internal Server Error' }));
    expect(await quoteFailure()).toMatchObject({ kind: 'unavailable', status: 500 });
  });

  it('reports malformed JSON and a wrongly shaped quote as bad-response', async () => {
    api.server.answer(() => ({ body: '{"c":184.4,' }));
    expect(await quoteFailure()).toMatchObject({ kind: 'bad-response' });
    api.server.answer(() => ({ body: { c: '184.4', t: 1706734801 } }));
    expect((await quoteFailure()).message).toBe('finnhub: quote of AAPL: unexpected answer: c is "184.4", expected a finite number');
    api.server.answer(() => ({ body: { c: -3, t: 1706734801 } }));
    expect((await quoteFailure()).message).toBe('finnhub: quote of AAPL: unexpected answer: c is -3, expected a positive price');
  });

  it('gives up after the timeout with unavailable', async () => {
    api.server.answer(() => ({ delayMs: 3_000, body: {} }));
    const started = Date.now();
    const error = await quoteFailure(200);
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/within 200 ms$/);
    expect(Date.now() - started).toBeLessThan(2_500);
  });
});
