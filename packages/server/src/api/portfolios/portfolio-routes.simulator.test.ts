import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBaseApp } from '../../app/create-base-app.js';
import { ProviderChain } from '../../market-data/chain/provider-chain.js';
import { VirtualClock } from '../../market-data/chain/virtual-clock.test-support.js';
import { MarketSimulator } from '../../market-data/simulator/market-simulator.js';
import { BarRepository } from '../../storage/repositories/bar-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { Decimal } from '../../paper/decimal.js';
import { portfolioRoutes } from './portfolio-routes.js';
import { chainQuoteSource } from '../../paper/price-quote.js';

const NOW = Date.UTC(2024, 2, 1, 15, 30);

describeStorage('portfolio routes over the market simulator', (context) => {
  let app: FastifyInstance;
  let simulator: MarketSimulator;

  beforeAll(async () => {
    simulator = new MarketSimulator({ seed: 7, now: () => NOW });
    const chain = new ProviderChain({ providers: [simulator], barRepository: new BarRepository(context.database.db), clock: new VirtualClock(NOW) });
    app = await createBaseApp();
    await app.register(portfolioRoutes, { prefix: '/api/v1', database: context.database, quote: chainQuoteSource(chain) });
  });
  afterAll(async () => {
    await app.close();
  });

  it('fills a market order at the simulated quote, without costs by default, and labels the valuation simulated', async () => {
    const quote = await simulator.quote('BTC-USD');
    const price = Decimal.of(quote.price).round(8);
    const portfolio = (await app.inject({ method: 'POST', url: '/api/v1/portfolios', payload: { name: 'crypto', initialCash: 100_000 } })).json<{ id: string }>();
    const placed = await app.inject({ method: 'POST', url: `/api/v1/portfolios/${portfolio.id}/orders`, payload: { symbol: 'btc-usd', side: 'buy', quantity: '0.25', type: 'market' } });
    expect(placed.statusCode).toBe(201);
    expect(placed.json()).toMatchObject({ fill: { price: price.toString(), commission: '0' }, quote: { price: price.toString(), simulated: true } });
    const valued = await app.inject({ method: 'GET', url: `/api/v1/portfolios/${portfolio.id}` });
    const cost = Decimal.of('0.25').times(price).round(8);
    expect(valued.json()).toMatchObject({
      cash: Decimal.of(100_000).minus(cost).toString(),
      equity: '100000',
      unrealizedPnl: '0',
      simulated: true,
      positions: [{ symbol: 'BTC-USD', quantity: '0.25', lastPrice: price.toString(), marketValue: cost.toString(), simulated: true, priceTime: new Date(quote.time).toISOString() }],
    });
  });
});
