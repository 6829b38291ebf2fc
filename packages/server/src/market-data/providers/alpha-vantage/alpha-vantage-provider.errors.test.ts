import { describe, expect, it } from 'vitest';
import { useLocalApiServer } from '../http/use-local-api-server.test-support.js';
import type { BarRequest } from '../../bar-request.js';
import { ProviderError } from '../../provider-error.js';
import { dailyLimitNote, invalidCall } from './alpha-vantage-answers.test-support.js';
import { AlphaVantageProvider } from './alpha-vantage-provider.js';

const KEY = 'AVKEY7Q2Z9';
const DAYS: BarRequest = { symbol: 'IBM', timeframe: '1d', from: Date.UTC(2024, 0, 2), to: Date.UTC(2024, 0, 5) };
const api = useLocalApiServer();

async function barsFailure(timeoutMs = 2_000): Promise<ProviderError> {
  const provider = new AlphaVantageProvider({ apiKey: KEY, baseUrl: api.server.baseUrl, timeoutMs, now: () => Date.UTC(2024, 0, 8) });
  const error: unknown = await provider.bars(DAYS).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ProviderError)) throw new Error(`expected a ProviderError, got ${String(error)}`);
  expect(error.message).not.toContain(KEY);
  return error;
}

describe('AlphaVantageProvider errors', () => {
  it('reads the per-minute Note of an HTTP 200 as rate-limited for a minute', async () => {
    api.server.answer(() => ({
      body: { Note: 'Thank you for using Alpha Vantage! Our standard API call frequency is 5 calls per minute and 500 calls per day.' },
    }));
    const error = await barsFailure();
    expect([error.kind, error.retryAfterMs, error.status]).toEqual(['rate-limited', 60_000, undefined]);
  });

  it('reads the spent daily budget as rate-limited without a wait, and masks the key Alpha Vantage echoes', async () => {
    api.server.answer(() => ({ body: dailyLimitNote(KEY) }));
    const error = await barsFailure();
    expect([error.kind, error.retryAfterMs]).toEqual(['rate-limited', undefined]);
    expect(error.message).toMatch(/^alphavantage: 1d bars of IBM: Alpha Vantage answered "Thank you for using Alpha Vantage! We have detected your API key as \*\*\* and our standard API rate limit is 25 requests per day\./);
  });

  it('reads a premium-only answer and a refused key as unauthorized', async () => {
    api.server.answer(() => ({
      body: { Information: 'Thank you for using Alpha Vantage! This is a premium endpoint. You may subscribe to any of the premium plans at https://www.alphavantage.co/premium/ to instantly unlock all premium endpoints' },
    }));
    expect((await barsFailure()).kind).toBe('unauthorized');
    api.server.answer(() => ({
      body: { 'Error Message': 'the parameter apikey is invalid or missing. Please claim your unique API key on (https://www.alphavantage.co/support/#api-key).' },
    }));
    expect((await barsFailure()).kind).toBe('unauthorized');
  });

  it('reads the Error Message of an unknown symbol as not-found', async () => {
    api.server.answer(() => ({ body: invalidCall('TIME_SERIES_DAILY') }));
    const error = await barsFailure();
    expect([error.kind, error.retryable]).toEqual(['not-found', false]);
  });

  it('reads any other Information as bad-request', async () => {
    api.server.answer(() => ({ body: { Information: 'Something about this call is off.' } }));
    expect((await barsFailure()).kind).toBe('bad-request');
  });

  it('reports HTTP 429 with Retry-After and HTTP 500 like every source', async () => {
    api.server.answer(() => ({ status: 429, headers: { 'retry-after': '5' }, body: {} }));
    expect(await barsFailure()).toMatchObject({ kind: 'rate-limited', retryAfterMs: 5_000, status: 429 });
    api.server.answer(() => ({ status: 500, body: '<html>oops</html>' }));
    expect(await barsFailure()).toMatchObject({ kind: 'unavailable', status: 500 });
  });

  it('reports malformed JSON and a body without a time series as bad-response', async () => {
    api.server.answer(() => ({ body: '{"Meta Data": {' }));
    expect((await barsFailure()).kind).toBe('bad-response');
    api.server.answer(() => ({ body: { 'Meta Data': { '2. Symbol': 'IBM' }, Data: {} } }));
    expect((await barsFailure()).message).toBe('alphavantage: 1d bars of IBM: unexpected answer: has no "Time Series" field (fields: Meta Data, Data)');
  });

  it('gives up after the timeout with unavailable', async () => {
    api.server.answer(() => ({ delayMs: 3_000, body: {} }));
    const error = await barsFailure(200);
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/^alphavantage: 1d bars of IBM: no answer from GET .*\/query\?apikey=\*\*\*&function=TIME_SERIES_DAILY&symbol=IBM&outputsize=compact within 200 ms$/);
  });
});
