import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBaseApp } from '../../app/create-base-app.js';
import { BarRepository } from '../../storage/repositories/bar-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { ProviderChain } from '../../market-data/chain/provider-chain.js';
import { FailingProvider, marketDataApp, simulatorAtNow } from './market-data-app.test-support.js';
import { marketDataRoutes } from './market-data-routes.js';

type Method = 'GET' | 'POST';
const BASE = '/api/v1/market-data';

describeStorage('market data routes', (context) => {
  let simulated: FastifyInstance;
  let unknown: FastifyInstance;
  let down: FastifyInstance;
  let unknownProvider: FailingProvider;
  beforeAll(async () => {
    ({ app: simulated } = await marketDataApp(context.database, [simulatorAtNow()]));
    unknownProvider = new FailingProvider('yahoo', 'not-found', 'no such symbol');
    ({ app: unknown } = await marketDataApp(context.database, [unknownProvider]));
    ({ app: down } = await marketDataApp(context.database, [new FailingProvider('yahoo', 'unavailable', 'connection refused')], { universe: async () => ['AAPL', 'MSFT'] }));
  });
  afterAll(async () => {
    await Promise.all([simulated.close(), unknown.close(), down.close()]);
  });

  it('routes the static paths (search, batch/quotes, market/...) before :symbol, and the same words as symbols to quotes', async () => {
    const search = (await simulated.inject({ method: 'GET', url: `${BASE}/search?q=MSFT` })).json<{ query: string; items: { symbol: string }[] }>();
    expect([search.query, search.items[0].symbol]).toEqual(['MSFT', 'MSFT']);
    const status = (await simulated.inject({ method: 'GET', url: `${BASE}/market/status` })).json<{ markets: { market: string }[] }>();
    expect(status.markets.map((market) => market.market)).toEqual(['NYSE', 'CRYPTO', 'FX']);
    const batch = await simulated.inject({ method: 'POST', url: `${BASE}/batch/quotes`, payload: { symbols: ['SPY'] } });
    expect(batch.json<{ items: { symbol: string; quote: { symbol: string } }[] }>().items[0].quote.symbol).toBe('SPY');
    for (const word of ['SEARCH', 'MARKET', 'BATCH']) {
      const quote = await simulated.inject({ method: 'GET', url: `${BASE}/${word}` });
      expect(quote.json(), word).toMatchObject({ symbol: word, source: 'simulator', simulated: true });
    }
  });

  it('answers bad input on every market data route with 400 and the field at fault', async () => {
    const cases: [Method, string, unknown, string][] = [
      ['GET', `${BASE}/%24%24%24`, undefined, 'params.symbol'],
      ['GET', `${BASE}/AAPL?fields=price`, undefined, 'query.fields'],
      ['GET', `${BASE}/-X`, undefined, 'params.symbol'],
      ['GET', `${BASE}/AAPL/historical?period=2w`, undefined, 'query.period'],
      ['GET', `${BASE}/AAPL/historical?interval=2h`, undefined, 'query.interval'],
      ['GET', `${BASE}/AAPL/historical?period=10y&interval=1h`, undefined, 'query.period'],
      ['GET', `${BASE}/AAPL/historical?start=2024-01-01`, undefined, 'query.start'],
      ['GET', `${BASE}/AAPL/indicators?indicators=rsi14,magic`, undefined, 'query.indicators'],
      ['GET', `${BASE}/AAPL/indicators?points=0`, undefined, 'query.points'],
      ['GET', `${BASE}/AAPL/indicators?interval=3d`, undefined, 'query.interval'],
      ['POST', `${BASE}/batch/quotes`, {}, 'body.symbols'],
      ['POST', `${BASE}/batch/quotes`, { symbols: [] }, 'body.symbols'],
      ['POST', `${BASE}/batch/quotes`, { symbols: Array.from({ length: 101 }, (_, i) => `S${i}`) }, 'body.symbols'],
      ['POST', `${BASE}/batch/quotes`, { symbols: ['AAPL', 'AAPL'] }, 'body.symbols'],
      ['POST', `${BASE}/batch/quotes`, { symbols: ['AA PL'] }, 'body.symbols[0]'],
      ['POST', `${BASE}/batch/quotes`, { symbols: ['AAPL'], extra: 1 }, 'body.extra'],
      ['GET', `${BASE}/market/status?market=NYSE`, undefined, 'query.market'],
      ['GET', `${BASE}/market/movers?limit=0`, undefined, 'query.limit'],
      ['GET', `${BASE}/market/movers?limit=51`, undefined, 'query.limit'],
      ['GET', `${BASE}/market/sectors?sector=Energy`, undefined, 'query.sector'],
      ['GET', `${BASE}/AAPL/news?limit=101`, undefined, 'query.limit'],
      ['GET', `${BASE}/AAPL/options?expiry=2024-04-19`, undefined, 'query.expiry'],
      ['GET', `${BASE}/search`, undefined, 'query.q'],
      ['GET', `${BASE}/search?q=`, undefined, 'query.q'],
      ['GET', `${BASE}/search?q=%20%20`, undefined, 'query.q'],
    ];
    for (const [method, url, payload, field] of cases) {
      const response = await simulated.inject({ method, url, payload: payload as object | undefined });
      expect(response.statusCode, `${method} ${url}`).toBe(400);
      const body = response.json<{ code: string; problems: { field: string }[] }>();
      expect(body.code, url).toBe('GS_ERR_VALIDATION');
      expect(body.problems.map((problem) => problem.field), url).toContain(field);
    }
  });

  it('answers 404 when the provider calls the symbol unknown, and 501 for data no provider of the chain offers', async () => {
    for (const path of ['ZZZZ', 'ZZZZ/historical?period=1mo', 'ZZZZ/indicators', 'ZZZZ/options']) {
      const response = await unknown.inject({ method: 'GET', url: `${BASE}/${path}` });
      expect(response.statusCode, path).toBe(404);
      expect(response.json<{ code: string; message: string }>(), path).toMatchObject({ code: 'GS_ERR_NOT_FOUND', message: expect.stringContaining('yahoo: no such symbol') });
    }
    for (const path of ['ZZZZ/news', 'search?q=ZZZZ']) {
      const response = await unknown.inject({ method: 'GET', url: `${BASE}/${path}` });
      expect(response.statusCode, path).toBe(501);
      expect(response.json(), path).toMatchObject({ code: 'GS_ERR_NOT_IMPLEMENTED', message: expect.stringContaining('yahoo: has no') });
    }
    const batch = await unknown.inject({ method: 'POST', url: `${BASE}/batch/quotes`, payload: { symbols: ['ZZZZ'] } });
    expect(batch.json()).toMatchObject({ items: [{ symbol: 'ZZZZ', error: { code: 'GS_ERR_NOT_FOUND' } }] });
    expect(unknownProvider.calls).toBeGreaterThan(0);
  });

  it("answers 503 with the provider's reason when the only provider is down; a batch still answers, item by item", async () => {
    const quote = await down.inject({ method: 'GET', url: `${BASE}/AAPL` });
    expect(quote.statusCode).toBe(503);
    expect(quote.json()).toMatchObject({ code: 'GS_ERR_MARKET_DATA_UNAVAILABLE', message: expect.stringMatching(/^no market data provider could answer quote AAPL: yahoo: connection refused/) });
    const bars = await down.inject({ method: 'GET', url: `${BASE}/AAPL/historical?period=5d&interval=1h` });
    expect(bars.statusCode).toBe(503);
    expect(bars.json<{ message: string }>().message).toMatch(/^no market data provider could answer bars AAPL 1h /);
    const movers = await down.inject({ method: 'GET', url: `${BASE}/market/movers` });
    expect(movers.statusCode).toBe(503);
    expect(movers.json<{ message: string }>().message).toMatch(/^none of the 2 quotes could be fetched; AAPL: no market data provider could answer quote AAPL: yahoo: /);
    expect((await down.inject({ method: 'GET', url: `${BASE}/market/sectors` })).statusCode).toBe(503);
    const batch = await down.inject({ method: 'POST', url: `${BASE}/batch/quotes`, payload: { symbols: ['AAPL', 'MSFT'] } });
    expect(batch.statusCode).toBe(200);
    expect(batch.json()).toMatchObject({ items: [{ symbol: 'AAPL', error: { code: 'GS_ERR_MARKET_DATA_UNAVAILABLE' } }, { symbol: 'MSFT', error: { code: 'GS_ERR_MARKET_DATA_UNAVAILABLE' } }] });
  });

  it('declares the viewer role on every route it registers', async () => {
    const app = await createBaseApp();
    const roles: string[] = [];
    app.addHook('onRoute', (route) => {
      if (route.method !== 'HEAD') roles.push(`${String(route.method)} ${route.url} ${route.config?.role ?? 'none'}`);
    });
    const chain = new ProviderChain({ providers: [simulatorAtNow()], barRepository: new BarRepository(context.database.db) });
    await app.register(marketDataRoutes, { prefix: '/api/v1', chain, universe: async () => [] });
    await app.ready();
    expect(roles.sort()).toEqual([
      'GET /api/v1/market-data/:symbol viewer',
      'GET /api/v1/market-data/:symbol/historical viewer',
      'GET /api/v1/market-data/:symbol/indicators viewer',
      'GET /api/v1/market-data/:symbol/news viewer',
      'GET /api/v1/market-data/:symbol/options viewer',
      'GET /api/v1/market-data/market/movers viewer',
      'GET /api/v1/market-data/market/sectors viewer',
      'GET /api/v1/market-data/market/status viewer',
      'GET /api/v1/market-data/search viewer',
      'POST /api/v1/market-data/batch/quotes viewer',
    ]);
    await app.close();
  });

  it('refuses an indicators bar count outside 1..5000 when registered', async () => {
    const app = await createBaseApp();
    const chain = new ProviderChain({ providers: [simulatorAtNow()], barRepository: new BarRepository(context.database.db) });
    await expect(app.register(marketDataRoutes, { chain, universe: async () => [], indicatorsBarCount: 0 })).rejects.toThrow('indicatorsBarCount must be an integer from 1 to 5000, got 0');
    await app.close();
  });
});
