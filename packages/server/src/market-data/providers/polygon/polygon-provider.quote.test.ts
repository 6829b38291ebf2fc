import { describe, expect, it } from 'vitest';
import { requestLinesSince } from '../http/request-line.test-support.js';
import { useLocalApiServer } from '../http/use-local-api-server.test-support.js';
import { NOT_ENTITLED, previousClose, snapshot } from './polygon-answers.test-support.js';
import { PolygonProvider } from './polygon-provider.js';

const KEY = 'pk_live_8f2e1c';
const api = useLocalApiServer();

function polygon(): PolygonProvider {
  return new PolygonProvider({ apiKey: KEY, baseUrl: api.server.baseUrl, timeoutMs: 2_000 });
}

describe('PolygonProvider.quote', () => {
  it('reads the snapshot: last trade against the previous close, the day so far, bid and ask', async () => {
    api.server.answer(() => ({ body: snapshot('BCDA', { o: 20.64, h: 20.64, l: 20.506, c: 20.506, v: 37216 }, { p: 20.51, t: 1605192894630916600 }) }));
    const start = api.server.requests.length;
    const quote = await polygon().quote('BCDA');
    expect(api.server.requests[start]?.path).toBe('/v2/snapshot/locale/us/markets/stocks/tickers/BCDA');
    expect(quote).toMatchObject({
      symbol: 'BCDA',
      price: 20.51,
      previousClose: 20.63,
      open: 20.64,
      high: 20.64,
      low: 20.506,
      volume: 37216,
      bid: 20.5,
      ask: 20.6,
      currency: null,
      time: 1605192894631,
      source: 'polygon',
      simulated: false,
    });
    expect(quote.change).toBeCloseTo(-0.12, 10);
    expect(quote.changePercent).toBeCloseTo((-0.12 / 20.63) * 100, 10);
  });

  it('falls back to the previous close once the plan is refused snapshots, and then asks for it directly', async () => {
    api.server.answer((request) =>
      request.path.startsWith('/v2/snapshot/')
        ? { status: 403, body: NOT_ENTITLED }
        : { body: previousClose('AAPL', { t: Date.UTC(2024, 0, 5, 5), o: 181.99, h: 182.76, l: 180.17, c: 181.18, v: 62_379_661 }) },
    );
    const provider = polygon();
    const start = api.server.requests.length;
    const first = await provider.quote('AAPL');
    const second = await provider.quote('AAPL');
    expect(requestLinesSince(api.server, start)).toEqual([
      '/v2/snapshot/locale/us/markets/stocks/tickers/AAPL',
      '/v2/aggs/ticker/AAPL/prev?adjusted=true',
      '/v2/aggs/ticker/AAPL/prev?adjusted=true',
    ]);
    expect(second).toEqual(first);
    expect(first).toEqual({
      symbol: 'AAPL',
      price: 181.18,
      previousClose: null,
      change: null,
      changePercent: null,
      open: 181.99,
      high: 182.76,
      low: 180.17,
      volume: 62_379_661,
      bid: null,
      ask: null,
      currency: null,
      // The 2024-01-05 session closed at 16:00 New York = 21:00 UTC.
      time: Date.UTC(2024, 0, 5, 21),
      source: 'polygon',
      simulated: false,
    });
  });

  it('uses the previous close when the snapshot has no trade yet today', async () => {
    api.server.answer((request) =>
      request.path.startsWith('/v2/snapshot/')
        ? { body: snapshot('AAPL', { o: 0, h: 0, l: 0, c: 0, v: 0 }, null) }
        : { body: previousClose('AAPL', { t: Date.UTC(2024, 6, 5, 4), o: 221.65, h: 226.45, l: 221.65, c: 226.34, v: 60_412_408 }) },
    );
    const quote = await polygon().quote('AAPL');
    expect([quote.price, quote.time]).toEqual([226.34, Date.UTC(2024, 6, 5, 20)]);
  });

  it('reports an unknown ticker as not-found', async () => {
    api.server.answer((request) =>
      request.path.startsWith('/v2/snapshot/') ? { status: 404, body: { status: 'NOT_FOUND', request_id: 'x', message: 'Ticker not found.' } } : { body: previousClose('ZZZZQ', null) },
    );
    await expect(polygon().quote('ZZZZQ')).rejects.toMatchObject({ kind: 'not-found', message: expect.stringMatching(/quote of ZZZZQ: HTTP 404 .*: Ticker not found\.$/) });
    api.server.answer((request) => (request.path.startsWith('/v2/snapshot/') ? { status: 403, body: NOT_ENTITLED } : { body: previousClose('ZZZZQ', null) }));
    await expect(polygon().quote('ZZZZQ')).rejects.toMatchObject({
      kind: 'not-found',
      message: 'polygon: quote of ZZZZQ: Polygon has no previous close for ZZZZQ; is the ticker right?',
    });
  });
});
