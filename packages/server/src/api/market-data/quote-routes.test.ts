import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Quote } from '../../market-data/quote.js';
import type { MarketSimulator } from '../../market-data/simulator/market-simulator.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { marketDataApp, NOW, OutageSwitch, simulatorAtNow } from './market-data-app.test-support.js';

/** The API form of a simulator quote, built here field by field from the provider's own answer. */
function expectedQuote(quote: Quote) {
  const { time, ...fields } = quote;
  return { ...fields, time: new Date(time).toISOString(), source: 'simulator', simulated: true, stale: false };
}

describeStorage('market data quote routes', (context) => {
  let app: FastifyInstance;
  let simulator: MarketSimulator;
  beforeAll(async () => {
    simulator = simulatorAtNow();
    ({ app } = await marketDataApp(context.database, [simulator]));
  });
  afterAll(async () => {
    await app.close();
  });

  it("answers a symbol's quote (upper-cased) with its source, simulated and not stale", async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/market-data/aapl' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(expectedQuote(await simulator.quote('AAPL')));
    expect(response.json<{ time: string }>().time).toBe('2024-03-15T18:00:00.000Z');
  });

  it('answers a batch in request order, a bad symbol carrying its error instead of failing the batch', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/market-data/batch/quotes', payload: { symbols: ['aapl', 'BTC-USD', '-X'] } });
    expect(response.statusCode).toBe(200);
    const { items } = response.json<{ items: { symbol: string; quote?: unknown; error?: { code: string; message: string } }[] }>();
    expect(items.slice(0, 2)).toEqual([
      { symbol: 'AAPL', quote: expectedQuote(await simulator.quote('AAPL')) },
      { symbol: 'BTC-USD', quote: expectedQuote(await simulator.quote('BTC-USD')) },
    ]);
    expect(items[2].symbol).toBe('-X');
    expect(items[2].error?.code).toBe('GS_ERR_VALIDATION');
    expect(items[2].error?.message).toMatch(/^body\.symbols\[2\]: simulator: symbol "-X" is not a ticker/);
  });

  it('refuses a batch naming the same symbol twice in different case, naming the repeat', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/market-data/batch/quotes', payload: { symbols: ['MSFT', 'AAPL', 'aapl'] } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'GS_ERR_VALIDATION', problems: [{ field: 'body.symbols[2]', message: 'repeats AAPL (symbols must be unique)' }] });
  });

  it('answers the last known quote flagged stale, with the reason, when the only provider goes down', async () => {
    let time = NOW;
    const provider = new OutageSwitch(simulatorAtNow(() => time));
    const outage = await marketDataApp(context.database, [provider], { now: () => time });
    try {
      const fresh = (await outage.app.inject({ method: 'GET', url: '/api/v1/market-data/MSFT' })).json<{ price: number; stale: boolean }>();
      expect(fresh.stale).toBe(false);
      provider.down = true;
      time += 60_000;
      const response = await outage.app.inject({ method: 'GET', url: '/api/v1/market-data/MSFT' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        symbol: 'MSFT',
        price: fresh.price,
        source: 'simulator',
        simulated: true,
        stale: true,
        staleReason: 'last quote, fetched 60 s ago: no market data provider could answer quote MSFT: simulator: service unavailable (unavailable, HTTP 503)',
      });
    } finally {
      await outage.app.close();
    }
  });
});
