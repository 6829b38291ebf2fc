import { randomWalkBars, SignalEngine, TIMEFRAME_MS, type Bar } from '@goldensignals/engine';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildApp } from '../../build-app.js';
import type { BarRequest } from '../../market-data/bar-request.js';
import { LearningState } from '../../signals/learning-state.js';
import { SignalService } from '../../signals/signal-service.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';

const DAY = TIMEFRAME_MS['1d'];
const T0 = Date.UTC(2023, 0, 2);
const NOW = T0 + 300 * DAY + 1;

function walk(symbol: string, seed: number): Bar[] {
  const series = randomWalkBars({ length: 300, seed, timeframe: '1d', startTime: T0, symbol });
  return Array.from({ length: series.length }, (_, i) => series.bar(i));
}

// Crypto symbols: the random walks have a bar every calendar day, as crypto markets do.
const MARKET: Record<string, Bar[]> = { 'BTC-USD': walk('BTC-USD', 1), 'ETH-USD': walk('ETH-USD', 2), 'SOL-USD': walk('SOL-USD', 3).slice(-10) };

describeStorage('signal routes', (context) => {
  let app: FastifyInstance;
  // A fresh service per test: each test starts from empty tables, and the service's memory must match them.
  beforeEach(async () => {
    const { state } = await LearningState.load(context.database);
    const signals = new SignalService({
      database: context.database,
      bars: {
        bars: async (request: BarRequest) => ({
          bars: (MARKET[request.symbol] ?? []).filter((bar) => bar.time >= request.from && bar.time < request.to),
          simulated: true,
          stale: false,
        }),
      },
      engine: new SignalEngine(),
      learning: state,
      publisher: { publishSignal: () => undefined },
      historyBars: 250,
      now: () => NOW,
    });
    await signals.start();
    app = await buildApp({ services: { database: context.database, signals, defaultTimeframe: '1d' } });
  });
  afterEach(async () => {
    await app.close();
  });

  it('generates a signal (201), then returns the stored one for the same bar (200), with every vote in its details', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/v1/signals/generate/btc-usd' });
    expect(created.statusCode).toBe(201);
    const signal = created.json<{ id: string; symbol: string; simulated: boolean; time: string }>();
    expect(signal).toMatchObject({ symbol: 'BTC-USD', simulated: true, time: new Date(T0 + 299 * DAY).toISOString() });
    const again = await app.inject({ method: 'POST', url: '/api/v1/signals/generate/BTC-USD?timeframe=1d' });
    expect(again.statusCode).toBe(200);
    expect(again.json<{ id: string }>().id).toBe(signal.id);
    const details = await app.inject({ method: 'GET', url: `/api/v1/signals/${signal.id}/details` });
    expect(details.statusCode).toBe(200);
    const body = details.json<{ signal: { id: string }; votes: { agent: string }[]; feedback: { count: number } }>();
    expect(body.signal.id).toBe(signal.id);
    expect(body.votes.length).toBeGreaterThan(30);
    expect(body.feedback).toEqual({ count: 0, averageRating: null });
    const latest = await app.inject({ method: 'GET', url: '/api/v1/signals/latest?limit=5&symbols=BTC-USD' });
    expect(latest.json<{ items: { id: string }[] }>().items.map((item) => item.id)).toEqual([signal.id]);
  });

  it('generates a batch, reporting a symbol without enough history instead of failing the batch', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/signals/batch', payload: { symbols: ['ETH-USD', 'SOL-USD'] } });
    expect(response.statusCode).toBe(200);
    const items = response.json<{ items: { symbol: string; signal?: { symbol: string }; error?: { code: string; message: string } }[] }>().items;
    expect(items[0].signal?.symbol).toBe('ETH-USD');
    expect(items[1]).toEqual({ symbol: 'SOL-USD', error: { code: 'GS_ERR_NOT_ENOUGH_DATA', message: 'SOL-USD 1d: 10 closed bars available, a signal needs at least 60' } });
  });

  it('answers bad input on every signal route with 400 and the field at fault', async () => {
    const cases: [string, string, unknown, string][] = [
      ['POST', '/api/v1/signals/batch', { symbols: [] }, 'body.symbols'],
      ['POST', '/api/v1/signals/batch', { symbols: Array.from({ length: 51 }, (_, i) => `S${i}`) }, 'body.symbols'],
      ['POST', '/api/v1/signals/batch', { symbols: ['AAPL'], extra: 1 }, 'body.extra'],
      ['POST', '/api/v1/signals/batch', { symbols: ['AA PL'] }, 'body.symbols[0]'],
      ['POST', '/api/v1/signals/generate/AAPL?timeframe=2h', undefined, 'query.timeframe'],
      ['POST', '/api/v1/signals/generate/%24%24%24', undefined, 'params.symbol'],
      ['GET', '/api/v1/signals?limit=0', undefined, 'query.limit'],
      ['GET', '/api/v1/signals?actions=BUY,MAYBE', undefined, 'query.actions'],
      ['GET', '/api/v1/signals?minConfidence=2', undefined, 'query.minConfidence'],
      ['GET', '/api/v1/signals?from=yesterday', undefined, 'query.from'],
      ['GET', '/api/v1/signals?cursor=nonsense', undefined, 'cursor'],
      ['GET', '/api/v1/signals/latest?limit=abc', undefined, 'query.limit'],
      ['GET', '/api/v1/signals/AAPL?hours=-1', undefined, 'query.hours'],
      ['GET', '/api/v1/signals/not-a-uuid/details', undefined, 'params.id'],
      ['GET', '/api/v1/signals/AAPL/insights?days=0', undefined, 'query.days'],
      ['GET', '/api/v1/signals/performance/summary?days=x', undefined, 'query.days'],
      ['POST', '/api/v1/signals/00000000-0000-4000-8000-000000000000/feedback', { rating: 9 }, 'body.rating'],
    ];
    for (const [method, url, payload, field] of cases) {
      const response = await app.inject({ method: method as 'GET' | 'POST', url, payload: payload as object | undefined });
      expect(response.statusCode, `${method} ${url}`).toBe(400);
      const body = response.json<{ code: string; problems: { field: string }[]; message: string }>();
      expect(body.code, url).toBe('GS_ERR_VALIDATION');
      expect(body.problems.map((problem) => problem.field), url).toContain(field);
    }
  });

  it('answers 404 for an unknown signal and for feedback on one', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect((await app.inject({ method: 'GET', url: `/api/v1/signals/${id}/details` })).json()).toMatchObject({ code: 'GS_ERR_NOT_FOUND', message: `no signal ${id}` });
    expect((await app.inject({ method: 'POST', url: `/api/v1/signals/${id}/feedback`, payload: { rating: 4 } })).statusCode).toBe(404);
  });

  it('lists with filters and pages with a cursor, and summarises performance', async () => {
    await app.inject({ method: 'POST', url: '/api/v1/signals/generate/BTC-USD' });
    await app.inject({ method: 'POST', url: '/api/v1/signals/generate/ETH-USD' });
    const first = await app.inject({ method: 'GET', url: '/api/v1/signals?limit=1&symbols=BTC-USD,ETH-USD' });
    const page = first.json<{ items: { symbol: string }[]; nextCursor: string | null }>();
    expect(page.items).toHaveLength(1);
    expect(page.nextCursor).not.toBeNull();
    const second = await app.inject({ method: 'GET', url: `/api/v1/signals?limit=1&symbols=BTC-USD,ETH-USD&cursor=${encodeURIComponent(page.nextCursor ?? '')}` });
    expect(second.json<{ items: { symbol: string }[] }>().items[0].symbol).not.toBe(page.items[0].symbol);
    const summary = await app.inject({ method: 'GET', url: '/api/v1/signals/performance/summary?days=3650' });
    expect(summary.statusCode).toBe(200);
    expect(summary.json()).toMatchObject({ days: 3650, signals: 2 });
  });
});
