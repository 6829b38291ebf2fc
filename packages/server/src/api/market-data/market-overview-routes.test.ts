import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Quote } from '../../market-data/quote.js';
import type { MarketSimulator } from '../../market-data/simulator/market-simulator.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { marketDataApp, simulatorAtNow } from './market-data-app.test-support.js';

const UNIVERSE = ['AAPL', 'MSFT', 'NVDA', 'TSLA', 'BTC-USD', 'ETH-USD', 'SPY', 'EURUSD=X'];

interface QuoteJson {
  symbol: string;
  price: number;
  changePercent: number | null;
  volume: number | null;
  simulated: boolean;
}

const symbols = (quotes: readonly { symbol: string }[]): string[] => quotes.map((quote) => quote.symbol);

describeStorage('market data overview routes', (context) => {
  let app: FastifyInstance;
  let simulator: MarketSimulator;
  beforeAll(async () => {
    simulator = simulatorAtNow();
    // Lower case and a repeat, as a watchlist may hold them; a malformed symbol, which fails alone.
    ({ app } = await marketDataApp(context.database, [simulator], { universe: async () => [...UNIVERSE, 'aapl', '-X'] }));
  });
  afterAll(async () => {
    await app.close();
  });

  it('tells NYSE, crypto and FX are open on a Friday afternoon, with the next open and close', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/market-data/market/status' });
    expect(response.statusCode).toBe(200);
    const calendar = { source: 'calendar', simulated: false, stale: false, holiday: null, earlyClose: false };
    expect(response.json()).toEqual({
      time: '2024-03-15T18:00:00.000Z',
      markets: [
        { market: 'NYSE', assetClass: 'equity', state: 'open', nextOpen: '2024-03-18T13:30:00.000Z', nextClose: '2024-03-15T20:00:00.000Z', ...calendar },
        { market: 'CRYPTO', assetClass: 'crypto', state: 'open', nextOpen: null, nextClose: null, ...calendar },
        { market: 'FX', assetClass: 'fx', state: 'open', nextOpen: '2024-03-17T21:00:00.000Z', nextClose: '2024-03-15T21:00:00.000Z', ...calendar },
      ],
    });
  });

  it('tells NYSE is closed for Good Friday while FX trades', async () => {
    const holiday = await marketDataApp(context.database, [simulator], { now: () => Date.UTC(2024, 2, 29, 15) });
    try {
      const { markets } = (await holiday.app.inject({ method: 'GET', url: '/api/v1/market-data/market/status' })).json<{ markets: { market: string; state: string; holiday: string | null }[] }>();
      expect(markets.map(({ market, state, holiday: name }) => ({ market, state, holiday: name }))).toEqual([
        { market: 'NYSE', state: 'closed', holiday: 'Good Friday' },
        { market: 'CRYPTO', state: 'open', holiday: null },
        { market: 'FX', state: 'open', holiday: null },
      ]);
    } finally {
      await holiday.app.close();
    }
  });

  it("ranks the universe's gainers, losers and most active by the providers' quotes, listing the symbol that failed", async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/market-data/market/movers?limit=3' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ universeSize: number; gainers: QuoteJson[]; losers: QuoteJson[]; mostActive: QuoteJson[]; failed: { symbol: string; error: { code: string } }[]; source: string; simulated: boolean; stale: boolean }>();
    const quotes: Quote[] = await Promise.all(UNIVERSE.map((symbol) => simulator.quote(symbol)));
    const change = (quote: Quote): number => quote.changePercent ?? 0;
    expect(symbols(body.gainers)).toEqual(symbols(quotes.filter((quote) => change(quote) > 0).sort((a, b) => change(b) - change(a)).slice(0, 3)));
    expect(symbols(body.losers)).toEqual(symbols(quotes.filter((quote) => change(quote) < 0).sort((a, b) => change(a) - change(b)).slice(0, 3)));
    expect(symbols(body.mostActive)).toEqual(symbols([...quotes].sort((a, b) => (b.volume ?? 0) - (a.volume ?? 0)).slice(0, 3)));
    expect(body.gainers.length + body.losers.length).toBeGreaterThan(0);
    expect(body.mostActive[0].price).toBe(quotes.find((quote) => quote.symbol === body.mostActive[0].symbol)?.price);
    expect(body).toMatchObject({ universeSize: 9, failed: [{ symbol: '-X', error: { code: 'GS_ERR_VALIDATION' } }], source: 'simulator', simulated: true, stale: false });
  });

  it('answers the 11 SPDR sector ETFs with sector names and their quotes', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/market-data/market/sectors' });
    expect(response.statusCode).toBe(200);
    const { items } = response.json<{ items: { symbol: string; sector: string; quote: QuoteJson & { changePercent: number } }[] }>();
    expect(items.map((item) => `${item.symbol} ${item.sector}`)).toEqual([
      'XLK Technology',
      'XLF Financials',
      'XLV Health Care',
      'XLE Energy',
      'XLY Consumer Discretionary',
      'XLP Consumer Staples',
      'XLI Industrials',
      'XLB Materials',
      'XLU Utilities',
      'XLRE Real Estate',
      'XLC Communication Services',
    ]);
    for (const item of items) {
      const quote = await simulator.quote(item.symbol);
      expect(item.quote).toMatchObject({ price: quote.price, changePercent: quote.changePercent, source: 'simulator', simulated: true, stale: false });
    }
  });
});
