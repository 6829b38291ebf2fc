import { describe, expect, it } from 'vitest';
import { useLocalApiServer } from '../http/use-local-api-server.test-support.js';
import { aggregatesPage } from './polygon-answers.test-support.js';
import { PolygonProvider } from './polygon-provider.js';

const KEY = 'pk_live_8f2e1c';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const api = useLocalApiServer();

function polygon(): PolygonProvider {
  return new PolygonProvider({ apiKey: KEY, baseUrl: api.server.baseUrl, timeoutMs: 2_000 });
}

function queryOf(index: number): Record<string, string> {
  return Object.fromEntries(api.server.requests[index]?.query ?? []);
}

describe('PolygonProvider.bars', () => {
  it('asks for day aggregates by date with the key in the Bearer header and stamps each bar 00:00 UTC of its date', async () => {
    // Polygon stamps day bars at midnight New York: 05:00 UTC in January.
    api.server.answer(() => ({
      body: aggregatesPage('AAPL', [
        { t: Date.UTC(2024, 0, 2, 5), o: 187.15, h: 188.44, l: 183.885, c: 185.64, v: 82_488_674 },
        { t: Date.UTC(2024, 0, 3, 5), o: 184.22, h: 185.88, l: 183.43, c: 184.25, v: 58_414_460 },
        { t: Date.UTC(2024, 0, 4, 5), o: 182.15, h: 183.0872, l: 180.88, c: 181.91, v: 71_983_570 },
      ]),
    }));
    const start = api.server.requests.length;
    const bars = await polygon().bars({ symbol: 'AAPL', timeframe: '1d', from: Date.UTC(2024, 0, 2), to: Date.UTC(2024, 0, 5) });
    expect(api.server.requests.length - start).toBe(1);
    expect(api.server.requests[start]?.path).toBe('/v2/aggs/ticker/AAPL/range/1/day/2024-01-02/2024-01-04');
    expect(queryOf(start)).toEqual({ adjusted: 'true', sort: 'asc', limit: '50000' });
    expect(api.server.requests[start]?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(bars).toEqual([
      { time: Date.UTC(2024, 0, 2), open: 187.15, high: 188.44, low: 183.885, close: 185.64, volume: 82_488_674 },
      { time: Date.UTC(2024, 0, 3), open: 184.22, high: 185.88, low: 183.43, close: 184.25, volume: 58_414_460 },
      { time: Date.UTC(2024, 0, 4), open: 182.15, high: 183.0872, low: 180.88, close: 181.91, volume: 71_983_570 },
    ]);
  });

  it('follows next_url through every page and returns one ascending series without the overlap', async () => {
    const from = Date.UTC(2024, 0, 2, 14, 30);
    const bar = (minutes: number, close: number): { t: number; o: number; h: number; l: number; c: number; v: number } => ({
      t: from + minutes * 60_000,
      o: close - 0.1,
      h: close + 0.2,
      l: close - 0.3,
      c: close,
      v: 1000 + minutes,
    });
    const next = `${api.server.baseUrl}/v2/aggs/ticker/AAPL/range/5/minute/${from}/${from + 15 * 60_000 - 1}?cursor=bGltaXQ9Mg&adjusted=true&sort=asc&limit=2`;
    api.server.answer((request) =>
      request.query.get('cursor') === 'bGltaXQ9Mg'
        ? { body: aggregatesPage('AAPL', [bar(5, 185.2), bar(10, 185.4)]) }
        : { body: aggregatesPage('AAPL', [bar(0, 185.0), bar(5, 185.2)], next) },
    );
    const start = api.server.requests.length;
    const bars = await polygon().bars({ symbol: 'AAPL', timeframe: '5m', from, to: from + 15 * 60_000 });
    expect(api.server.requests.slice(start).map((r) => r.path)).toEqual([
      `/v2/aggs/ticker/AAPL/range/5/minute/${from}/${from + 15 * 60_000 - 1}`,
      `/v2/aggs/ticker/AAPL/range/5/minute/${from}/${from + 15 * 60_000 - 1}`,
    ]);
    expect(queryOf(start + 1)).toEqual({ cursor: 'bGltaXQ9Mg', adjusted: 'true', sort: 'asc', limit: '2' });
    expect(api.server.requests[start + 1]?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(bars.map((b) => [b.time - from, b.close, b.volume])).toEqual([
      [0, 185.0, 1000],
      [5 * 60_000, 185.2, 1005],
      [10 * 60_000, 185.4, 1010],
    ]);
  });

  it('stamps week bars (Polygon: their Sunday) on Monday 00:00 UTC and asks from the Sunday before the range', async () => {
    api.server.answer(() => ({
      body: aggregatesPage('MSFT', [
        { t: Date.UTC(2024, 0, 7, 5), o: 372.01, h: 390.68, l: 369.01, c: 388.47, v: 119_539_210 },
        { t: Date.UTC(2024, 0, 14, 5), o: 393.66, h: 398.67, l: 385.29, c: 398.67, v: 117_226_630 },
      ]),
    }));
    const start = api.server.requests.length;
    const bars = await polygon().bars({ symbol: 'MSFT', timeframe: '1w', from: Date.UTC(2024, 0, 8), to: Date.UTC(2024, 0, 22) });
    expect(api.server.requests[start]?.path).toBe('/v2/aggs/ticker/MSFT/range/1/week/2024-01-01/2024-01-21');
    expect(bars.map((b) => [new Date(b.time).toISOString(), b.close])).toEqual([
      ['2024-01-08T00:00:00.000Z', 388.47],
      ['2024-01-15T00:00:00.000Z', 398.67],
    ]);
  });

  it('builds 4h bars from 1h aggregates over whole UTC 4-hour buckets', async () => {
    const day = Date.UTC(2024, 0, 2);
    api.server.answer(() => ({
      body: aggregatesPage(
        'AAPL',
        [14, 15, 16, 17, 18, 19].map((h, i) => ({ t: day + h * HOUR, o: 100 + i, h: 101 + i, l: 99 + i, c: 100.5 + i, v: 10 })),
      ),
    }));
    const start = api.server.requests.length;
    const bars = await polygon().bars({ symbol: 'AAPL', timeframe: '4h', from: day + 12 * HOUR, to: day + 20 * HOUR });
    expect(api.server.requests[start]?.path).toBe(`/v2/aggs/ticker/AAPL/range/1/hour/${day + 12 * HOUR}/${day + 20 * HOUR - 1}`);
    expect(bars).toEqual([
      { time: day + 12 * HOUR, open: 100, high: 102, low: 99, close: 101.5, volume: 20 },
      { time: day + 16 * HOUR, open: 102, high: 106, low: 101, close: 105.5, volume: 40 },
    ]);
  });

  it('answers an empty list when Polygon has no results for the range (also what it answers for an unknown ticker)', async () => {
    api.server.answer(() => ({ body: aggregatesPage('ZZZZQ', []) }));
    await expect(polygon().bars({ symbol: 'ZZZZQ', timeframe: '1d', from: Date.UTC(2024, 0, 6), to: Date.UTC(2024, 0, 8) })).resolves.toEqual([]);
  });

  it('refuses an aggregate whose high is below its close, naming the symbol and time', async () => {
    api.server.answer(() => ({ body: aggregatesPage('AAPL', [{ t: Date.UTC(2024, 0, 2, 5), o: 187.15, h: 185, l: 183.885, c: 185.64, v: 1 }]) }));
    await expect(polygon().bars({ symbol: 'AAPL', timeframe: '1d', from: Date.UTC(2024, 0, 2), to: Date.UTC(2024, 0, 3) })).rejects.toMatchObject({
      kind: 'bad-response',
      message: 'polygon: 1d bars of AAPL: the 1d bar of AAPL at 2024-01-02T00:00:00.000Z is invalid: high 185 is below max(open 187.15, close 185.64)',
    });
  });

  it('asks nothing for an empty range', async () => {
    const start = api.server.requests.length;
    await expect(polygon().bars({ symbol: 'AAPL', timeframe: '1d', from: DAY, to: DAY })).resolves.toEqual([]);
    expect(api.server.requests.length).toBe(start);
  });
});
