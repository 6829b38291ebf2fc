import { describe, expect, it } from 'vitest';
import { requestLinesSince } from '../http/request-line.test-support.js';
import { useLocalApiServer } from '../http/use-local-api-server.test-support.js';
import { candles, seconds } from './finnhub-answers.test-support.js';
import { FinnhubProvider } from './finnhub-provider.js';

const KEY = 'cn1fh2r01qvjam8token';
const api = useLocalApiServer();

function finnhub(): FinnhubProvider {
  return new FinnhubProvider({ apiKey: KEY, baseUrl: `${api.server.baseUrl}/api/v1`, timeoutMs: 2_000 });
}

describe('FinnhubProvider.bars', () => {
  it('asks /stock/candle in UNIX seconds with the token header only, and reads the parallel arrays', async () => {
    api.server.answer(() => ({
      body: candles([
        [seconds(2024, 1, 2), 187.15, 188.44, 183.885, 185.64, 82_488_674],
        [seconds(2024, 1, 3), 184.22, 185.88, 183.43, 184.25, 58_414_460],
      ]),
    }));
    const start = api.server.requests.length;
    const bars = await finnhub().bars({ symbol: 'AAPL', timeframe: '1d', from: Date.UTC(2024, 0, 2), to: Date.UTC(2024, 0, 4) });
    expect(requestLinesSince(api.server, start)).toEqual([`/api/v1/stock/candle?symbol=AAPL&resolution=D&from=${seconds(2024, 1, 2)}&to=${seconds(2024, 1, 4) - 1}`]);
    expect(api.server.requests[start]?.headers['x-finnhub-token']).toBe(KEY);
    expect(bars).toEqual([
      { time: Date.UTC(2024, 0, 2), open: 187.15, high: 188.44, low: 183.885, close: 185.64, volume: 82_488_674 },
      { time: Date.UTC(2024, 0, 3), open: 184.22, high: 185.88, low: 183.43, close: 184.25, volume: 58_414_460 },
    ]);
  });

  it('maps each intraday timeframe to its resolution and keeps intraday times as they are', async () => {
    api.server.answer(() => ({ body: candles([[seconds(2024, 1, 2, 14, 30), 187.15, 187.5, 187.0, 187.3, 120_000]]) }));
    const start = api.server.requests.length;
    const from = Date.UTC(2024, 0, 2, 14, 30);
    for (const timeframe of ['1m', '5m', '15m', '30m', '1h'] as const) {
      const bars = await finnhub().bars({ symbol: 'AAPL', timeframe, from, to: from + 3_600_000 });
      expect(bars.map((bar) => bar.time)).toEqual([from]);
    }
    expect(api.server.requests.slice(start).map((r) => r.query.get('resolution'))).toEqual(['1', '5', '15', '30', '60']);
  });

  it('stamps week candles on Monday 00:00 UTC and aggregates 4h from 60-minute candles', async () => {
    api.server.answer(() => ({ body: candles([[seconds(2024, 1, 8), 182.09, 186.74, 181.18, 185.92, 246_912_000]]) }));
    const week = await finnhub().bars({ symbol: 'AAPL', timeframe: '1w', from: Date.UTC(2024, 0, 8), to: Date.UTC(2024, 0, 15) });
    expect(api.server.requests.at(-1)?.query.get('from')).toBe(String(seconds(2024, 1, 1)));
    expect(week.map((bar) => new Date(bar.time).toISOString())).toEqual(['2024-01-08T00:00:00.000Z']);

    api.server.answer(() => ({
      body: candles([
        [seconds(2024, 1, 2, 14), 100, 101, 99, 100.5, 10],
        [seconds(2024, 1, 2, 15), 100.5, 102, 100, 101.5, 20],
        [seconds(2024, 1, 2, 16), 101.5, 103, 101, 102.5, 30],
      ]),
    }));
    const fourHours = await finnhub().bars({ symbol: 'AAPL', timeframe: '4h', from: Date.UTC(2024, 0, 2, 12), to: Date.UTC(2024, 0, 2, 20) });
    expect(api.server.requests.at(-1)?.query.get('resolution')).toBe('60');
    expect(fourHours).toEqual([
      { time: Date.UTC(2024, 0, 2, 12), open: 100, high: 102, low: 99, close: 101.5, volume: 30 },
      { time: Date.UTC(2024, 0, 2, 16), open: 101.5, high: 103, low: 101, close: 102.5, volume: 30 },
    ]);
  });

  it('answers no_data (also Finnhub’s answer for an unknown symbol) with an empty list', async () => {
    api.server.answer(() => ({ body: { s: 'no_data' } }));
    await expect(finnhub().bars({ symbol: 'ZZZZQ', timeframe: '1d', from: Date.UTC(2024, 0, 6), to: Date.UTC(2024, 0, 8) })).resolves.toEqual([]);
  });

  it('refuses columns of different lengths and a cell that is not a number', async () => {
    const request = { symbol: 'AAPL', timeframe: '1d', from: Date.UTC(2024, 0, 2), to: Date.UTC(2024, 0, 4) } as const;
    api.server.answer(() => ({ body: { ...candles([[seconds(2024, 1, 2), 1, 2, 0.5, 1.5, 10]]), v: [] } }));
    await expect(finnhub().bars(request)).rejects.toThrow('finnhub: 1d bars of AAPL: unexpected answer: has columns of different lengths (t 1, o 1, h 1, l 1, c 1, v 0)');
    api.server.answer(() => ({ body: { ...candles([[seconds(2024, 1, 2), 1, 2, 0.5, 1.5, 10]]), c: [null] } }));
    await expect(finnhub().bars(request)).rejects.toThrow('finnhub: 1d bars of AAPL: unexpected answer: c[0] is null, expected a finite number');
    api.server.answer(() => ({ body: { s: 'error' } }));
    await expect(finnhub().bars(request)).rejects.toThrow('s is "error", expected "ok" or "no_data"');
  });

  it('refuses a candle whose low is above its open, naming symbol and time', async () => {
    api.server.answer(() => ({ body: candles([[seconds(2024, 1, 2), 187.15, 188.44, 187.2, 187.3, 1]]) }));
    await expect(finnhub().bars({ symbol: 'AAPL', timeframe: '1d', from: Date.UTC(2024, 0, 2), to: Date.UTC(2024, 0, 3) })).rejects.toMatchObject({
      kind: 'bad-response',
      message: 'finnhub: 1d bars of AAPL: the 1d bar of AAPL at 2024-01-02T00:00:00.000Z is invalid: low 187.2 is above min(open 187.15, close 187.3)',
    });
  });
});
