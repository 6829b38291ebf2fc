import type { FastifyInstance } from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { createBaseApp } from '../../app/create-base-app.js';
import { UserRepository } from '../../storage/repositories/user-repository.js';
import { WatchlistRepository } from '../../storage/repositories/watchlist-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { callerFromHeader, TEST_USER_HEADER } from './caller-header.test-support.js';
import { watchlistRoutes, type WatchlistView } from './watchlist-routes.js';

const MISSING = '00000000-0000-4000-8000-000000000000';

describeStorage('watchlist routes', (context) => {
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
  });

  async function start(): Promise<FastifyInstance> {
    app = await createBaseApp();
    callerFromHeader(app, 'viewer');
    await app.register(watchlistRoutes, { prefix: '/api/v1', database: context.database });
    return app;
  }

  it('creates, reads, renames and deletes a list, upper-casing its symbols, and the scheduler scans what the lists hold', async () => {
    const api = await start();
    const created = await api.inject({ method: 'POST', url: '/api/v1/watchlists', payload: { name: '  Tech  ', symbols: ['aapl', 'Msft', 'BTC-USD'], timeframes: ['1h', '1d'] } });
    expect(created.statusCode).toBe(201);
    const list = created.json<WatchlistView>();
    expect(list).toMatchObject({ name: 'Tech', symbols: ['AAPL', 'MSFT', 'BTC-USD'], timeframes: ['1h', '1d'] });
    expect(list.createdAt).toBe(list.updatedAt);
    const crypto = (await api.inject({ method: 'POST', url: '/api/v1/watchlists', payload: { name: 'crypto', symbols: ['eth-usd'] } })).json<WatchlistView>();
    expect(crypto.timeframes).toEqual(['1d']);

    expect((await api.inject({ url: `/api/v1/watchlists/${list.id}` })).json()).toEqual(list);
    expect((await api.inject({ url: '/api/v1/watchlists' })).json<{ items: WatchlistView[] }>().items.map((item) => item.name)).toEqual(['Tech', 'crypto']);
    expect(await new WatchlistRepository(context.database.db).scanTargets()).toEqual([
      { symbol: 'AAPL', timeframe: '1d' },
      { symbol: 'AAPL', timeframe: '1h' },
      { symbol: 'BTC-USD', timeframe: '1d' },
      { symbol: 'BTC-USD', timeframe: '1h' },
      { symbol: 'ETH-USD', timeframe: '1d' },
      { symbol: 'MSFT', timeframe: '1d' },
      { symbol: 'MSFT', timeframe: '1h' },
    ]);

    const renamed = await api.inject({ method: 'PATCH', url: `/api/v1/watchlists/${list.id}`, payload: { name: 'Big tech', symbols: ['nvda'] } });
    expect(renamed.json<WatchlistView>()).toMatchObject({ id: list.id, name: 'Big tech', symbols: ['NVDA'], timeframes: ['1h', '1d'] });
    expect(await new WatchlistRepository(context.database.db).scanTargets()).toEqual([
      { symbol: 'ETH-USD', timeframe: '1d' },
      { symbol: 'NVDA', timeframe: '1d' },
      { symbol: 'NVDA', timeframe: '1h' },
    ]);

    const deleted = await api.inject({ method: 'DELETE', url: `/api/v1/watchlists/${list.id}` });
    expect([deleted.statusCode, deleted.body]).toEqual([204, '']);
    expect((await api.inject({ url: `/api/v1/watchlists/${list.id}` })).statusCode).toBe(404);
    expect((await api.inject({ method: 'DELETE', url: `/api/v1/watchlists/${list.id}` })).statusCode).toBe(404);
  });

  it("answers 409 for a name the caller already uses, but lets another user have it; nobody sees or changes another user's list", async () => {
    const api = await start();
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const owners = (await api.inject({ method: 'POST', url: '/api/v1/watchlists', payload: { name: 'tech', symbols: ['AAPL'] } })).json<WatchlistView>();
    const again = await api.inject({ method: 'POST', url: '/api/v1/watchlists', payload: { name: 'tech ', symbols: [] } });
    expect([again.statusCode, again.json<{ code: string; message: string }>()]).toEqual([409, expect.objectContaining({ code: 'GS_ERR_CONFLICT', message: 'you already have a watchlist named "tech"' })]);
    const asAda = { [TEST_USER_HEADER]: ada.id };
    const adas = await api.inject({ method: 'POST', url: '/api/v1/watchlists', headers: asAda, payload: { name: 'tech', symbols: ['MSFT'] } });
    expect(adas.statusCode).toBe(201);
    const energy = (await api.inject({ method: 'POST', url: '/api/v1/watchlists', headers: asAda, payload: { name: 'energy', symbols: [] } })).json<WatchlistView>();
    const rename = await api.inject({ method: 'PATCH', url: `/api/v1/watchlists/${energy.id}`, headers: asAda, payload: { name: 'tech' } });
    expect([rename.statusCode, rename.json<{ message: string }>().message]).toEqual([409, 'you already have a watchlist named "tech"']);

    expect((await api.inject({ url: '/api/v1/watchlists', headers: asAda })).json<{ items: WatchlistView[] }>().items.map((item) => item.name)).toEqual(['energy', 'tech']);
    expect((await api.inject({ url: '/api/v1/watchlists' })).json<{ items: WatchlistView[] }>().items.map((item) => item.symbols)).toEqual([['AAPL']]);
    expect((await api.inject({ url: `/api/v1/watchlists/${owners.id}`, headers: asAda })).statusCode).toBe(404);
    expect((await api.inject({ method: 'PATCH', url: `/api/v1/watchlists/${owners.id}`, headers: asAda, payload: { symbols: [] } })).statusCode).toBe(404);
    expect((await api.inject({ method: 'DELETE', url: `/api/v1/watchlists/${owners.id}`, headers: asAda })).statusCode).toBe(404);
    expect((await api.inject({ url: `/api/v1/watchlists/${owners.id}` })).json<WatchlistView>().symbols).toEqual(['AAPL']);
  });

  it('answers bad input with 400 naming the field: repeated symbols by name, more than 200 symbols, blank names, unknown fields', async () => {
    const api = await start();
    const list = (await api.inject({ method: 'POST', url: '/api/v1/watchlists', payload: { name: 'a', symbols: [] } })).json<WatchlistView>();
    const cases: ['POST' | 'PATCH', string, object, string, string | undefined][] = [
      ['POST', '/api/v1/watchlists', { name: 'b', symbols: ['AAPL', 'msft', 'aapl'] }, 'body.symbols[2]', 'repeats AAPL (body.symbols[0])'],
      ['POST', '/api/v1/watchlists', { name: 'b', symbols: Array.from({ length: 201 }, (_, i) => `S${i}`) }, 'body.symbols', 'must NOT have more than 200 items'],
      ['POST', '/api/v1/watchlists', { name: 'b', symbols: ['AA PL'] }, 'body.symbols[0]', undefined],
      ['POST', '/api/v1/watchlists', { name: '   ', symbols: [] }, 'body.name', 'must not be blank'],
      ['POST', '/api/v1/watchlists', { symbols: [] }, 'body.name', 'is required'],
      ['POST', '/api/v1/watchlists', { name: 'b', symbols: [], timeframes: ['1d', '1d'] }, 'body.timeframes[1]', 'repeats 1d (body.timeframes[0])'],
      ['POST', '/api/v1/watchlists', { name: 'b', symbols: [], timeframes: ['2h'] }, 'body.timeframes[0]', undefined],
      ['POST', '/api/v1/watchlists', { name: 'b', symbols: [], owner: 'x' }, 'body.owner', 'is not a known field'],
      ['PATCH', `/api/v1/watchlists/${list.id}`, {}, 'body', undefined],
      ['PATCH', `/api/v1/watchlists/${list.id}`, { symbols: ['TSLA', 'tsla'] }, 'body.symbols[1]', 'repeats TSLA (body.symbols[0])'],
      ['PATCH', `/api/v1/watchlists/${list.id}`, { timeframes: [] }, 'body.timeframes', undefined],
      ['PATCH', '/api/v1/watchlists/not-a-uuid', { name: 'c' }, 'params.id', undefined],
    ];
    for (const [method, url, payload, field, message] of cases) {
      const response = await api.inject({ method, url, payload });
      expect(response.statusCode, `${method} ${JSON.stringify(payload).slice(0, 80)}`).toBe(400);
      const problem = response.json<{ problems: { field: string; message: string }[] }>().problems.find((item) => item.field === field);
      expect(problem, `${method} ${JSON.stringify(payload).slice(0, 80)}`).toBeDefined();
      if (message !== undefined) expect(problem?.message).toBe(message);
    }
    expect((await api.inject({ url: '/api/v1/watchlists/not-a-uuid' })).statusCode).toBe(400);
    expect((await api.inject({ url: '/api/v1/watchlists?limit=5' })).json<{ problems: { field: string }[] }>().problems).toEqual([{ field: 'query.limit', message: 'is not a known field' }]);
    expect((await api.inject({ url: `/api/v1/watchlists/${MISSING}` })).json()).toMatchObject({ code: 'GS_ERR_NOT_FOUND', message: `no watchlist ${MISSING}` });
    expect((await api.inject({ method: 'PATCH', url: `/api/v1/watchlists/${MISSING}`, payload: { name: 'x' } })).statusCode).toBe(404);
    expect((await api.inject({ url: `/api/v1/watchlists/${list.id}` })).json<WatchlistView>()).toMatchObject({ name: 'a', symbols: [] });
  });
});
