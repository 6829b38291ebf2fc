import { contractImpliedVolatility, contractMid, putCallRatios, volatilitySkew } from '@goldensignals/engine';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MarketSimulator } from '../../market-data/simulator/market-simulator.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { marketDataApp, simulatorAtNow } from './market-data-app.test-support.js';

interface OptionsBody {
  underlying: string;
  underlyingPrice: number;
  asOf: string;
  expiries: string[];
  contracts: { type: string; strike: number; expiry: string; bid: number | null; ask: number | null; mid: number | null; impliedVolatility: number | null }[];
  putCallRatio: Record<string, number | null>;
  volatilitySkew: { kind: string; expiry?: string; riskReversal?: number };
  source: string;
  simulated: boolean;
  stale: boolean;
}

describeStorage('market data symbol info routes', (context) => {
  let app: FastifyInstance;
  let simulator: MarketSimulator;
  beforeAll(async () => {
    simulator = simulatorAtNow();
    ({ app } = await marketDataApp(context.database, [simulator]));
  });
  afterAll(async () => {
    await app.close();
  });

  it("answers a symbol's latest news, newest first, as the provider wrote it, labelled simulated", async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/market-data/aapl/news?limit=3' });
    expect(response.statusCode).toBe(200);
    const articles = await simulator.news('AAPL', 3);
    expect(response.json()).toEqual({
      symbol: 'AAPL',
      items: articles.map((article) => ({ ...article, time: new Date(article.time).toISOString() })),
      source: 'simulator',
      simulated: true,
      stale: false,
    });
    expect(articles).toHaveLength(3);
  });

  it('answers the option chain with ISO times, mids and implied volatilities, put/call ratios and the skew from the engine', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/market-data/AAPL/options' });
    expect(response.statusCode).toBe(200);
    const body = response.json<OptionsBody>();
    const chain = await simulator.optionsChain('AAPL');
    expect(body).toMatchObject({ underlying: 'AAPL', underlyingPrice: chain.underlyingPrice, asOf: '2024-03-15T18:00:00.000Z', source: 'simulator', simulated: true, stale: false });
    expect(body.contracts).toHaveLength(chain.contracts.length);
    chain.contracts.forEach((contract, index) => {
      const mid = contractMid(contract);
      const impliedVolatility = contractImpliedVolatility(chain, contract);
      expect(body.contracts[index]).toMatchObject({
        type: contract.type,
        strike: contract.strike,
        expiry: new Date(contract.expiry).toISOString(),
        mid: Number.isFinite(mid) ? mid : null,
        impliedVolatility: Number.isFinite(impliedVolatility) ? impliedVolatility : null,
      });
    });
    expect(body.expiries).toEqual([...new Set(chain.contracts.map((contract) => contract.expiry))].sort((a, b) => a - b).map((time) => new Date(time).toISOString()));
    expect(body.putCallRatio).toEqual(putCallRatios(chain));
    const skew = volatilitySkew(chain, { targetDays: 30, minDays: 7, maxDays: 90, wingDelta: 0.25 });
    if (skew.kind !== 'skew') throw new Error(`the simulated AAPL chain should have a measurable skew: ${skew.reason}`);
    expect(body.volatilitySkew).toMatchObject({ kind: 'skew', expiry: new Date(skew.expiry).toISOString(), riskReversal: skew.riskReversal });
  });

  it('finds symbols by company name', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/market-data/search?q=%20apple%20' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      query: 'apple',
      items: [
        { symbol: 'AAPL', name: 'Apple Inc.', exchange: 'NASDAQ', type: 'equity' },
        // The simulator makes data for any ticker, so it offers the query itself last.
        { symbol: 'APPLE', name: 'APPLE (simulated)', exchange: null, type: 'equity' },
      ],
      source: 'simulator',
      simulated: true,
      stale: false,
    });
  });
});
