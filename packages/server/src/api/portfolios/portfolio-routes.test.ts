import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createBaseApp } from '../../app/create-base-app.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { UserRepository } from '../../storage/repositories/user-repository.js';
import { LimitOrderMatcher } from '../../paper/limit-order-matcher.js';
import { PaperBroker, type PortfolioChange } from '../../paper/paper-broker.js';
import { portfolioRoutes } from './portfolio-routes.js';
import { FixedMarket } from '../../paper/fixed-market.test-support.js';
import { call } from './portfolio-routes.test-support.js';

const NOW = Date.UTC(2024, 2, 1, 15, 0, 5);
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

interface Summary {
  id: string;
  cash: string;
}
interface Placed {
  order: { id: string; status: string; filledQuantity: string };
  fill: { price: string; commission: string; quantity: string } | null;
  quote: { price: string };
}

describeStorage('portfolio routes', (context) => {
  const market = new FixedMarket();
  const changes: { portfolioId: string; change: PortfolioChange }[] = [];
  let app: FastifyInstance;
  let matcher: LimitOrderMatcher;

  beforeAll(async () => {
    app = await createBaseApp();
    // Stands in for the security issue's authentication: the header names the calling user.
    app.addHook('onRequest', async (request) => {
      const user = request.headers['x-test-user'];
      if (typeof user === 'string') request.caller = { userId: user, role: 'trader' };
    });
    const broker = new PaperBroker({
      database: context.database,
      quote: market.quote,
      costs: { commission: 0.001, spread: 0.0005 },
      onChange: (portfolioId, change) => changes.push({ portfolioId, change }),
      now: () => NOW,
    });
    matcher = new LimitOrderMatcher({ database: context.database, quote: market.quote, broker, now: () => NOW });
    await app.register(portfolioRoutes, { prefix: '/api/v1', database: context.database, quote: market.quote, broker });
  });
  afterAll(async () => {
    await app.close();
  });
  beforeEach(() => {
    market.reset();
    changes.length = 0;
  });

  const open = async (initialCash: number | string = 100_000, user?: string) =>
    (await call<Summary>(app, 'POST', '/api/v1/portfolios', { name: 'paper', initialCash }, user)).body;
  const order = (id: string, payload: object) => call<Placed>(app, 'POST', `/api/v1/portfolios/${id}/orders`, payload);

  it('opens portfolios with exact starting cash and lists only the caller’s own', async () => {
    const user = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const created = await call<Summary & { currency: string; initialCash: string }>(app, 'POST', '/api/v1/portfolios', { name: ' swing ', initialCash: '25000.10', currency: 'EUR' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'swing', currency: 'EUR', initialCash: '25000.1', cash: '25000.1' });
    const theirs = await open(5000, user.id);
    const mine = await call<{ items: Summary[] }>(app, 'GET', '/api/v1/portfolios');
    expect(mine.body.items.map((item) => item.id)).toEqual([created.body.id]);
    expect((await call<{ items: Summary[] }>(app, 'GET', '/api/v1/portfolios', undefined, user.id)).body.items.map((item) => item.id)).toEqual([theirs.id]);
    const stranger = await call<{ code: string; message: string }>(app, 'GET', `/api/v1/portfolios/${theirs.id}`);
    expect(stranger).toEqual({ status: 404, body: expect.objectContaining({ code: 'GS_ERR_NOT_FOUND', message: `no portfolio ${theirs.id}` }) });
    expect((await order(theirs.id, { symbol: 'AAPL', side: 'buy', quantity: 1, type: 'market' })).status).toBe(404);
  });

  it('buys at the quote plus slippage with commission, and values the position at the current quote to the exact decimal', async () => {
    const portfolio = await open();
    market.set('AAPL', 187.43);
    const placed = await order(portfolio.id, { symbol: 'aapl', side: 'buy', quantity: 10, type: 'market' });
    expect(placed.status).toBe(201);
    expect(placed.body.order).toMatchObject({ status: 'filled', filledQuantity: '10' });
    // 187.43 × 1.0005 = 187.523715; 10 units cost 1875.23715 plus 0.1 % commission 1.87523715.
    expect(placed.body.fill).toMatchObject({ quantity: '10', price: '187.523715', commission: '1.87523715', time: new Date(NOW).toISOString() });
    expect(placed.body.quote.price).toBe('187.43');
    market.set('AAPL', 190);
    const valued = await call<Record<string, unknown> & { positions: Record<string, unknown>[] }>(app, 'GET', `/api/v1/portfolios/${portfolio.id}`);
    expect(valued.status).toBe(200);
    expect(valued.body).toMatchObject({ cash: '98122.88761285', marketValue: '1900', equity: '100022.88761285', realizedPnl: '0', unrealizedPnl: '22.8876128', returnPercent: 0.022888, simulated: false, stale: false });
    expect(valued.body.positions).toEqual([
      {
        symbol: 'AAPL',
        quantity: '10',
        averagePrice: '187.71123872',
        costBasis: '1877.1123872',
        realizedPnl: '0',
        lastPrice: '190',
        priceTime: '2024-03-01T15:00:00.000Z',
        marketValue: '1900',
        unrealizedPnl: '22.8876128',
        unrealizedPnlPercent: 1.219299,
        simulated: false,
        stale: false,
      },
    ]);
    expect(changes.map(({ portfolioId, change }) => [portfolioId, change.kind])).toEqual([[portfolio.id, 'fill']]);
  });

  it('realises P&L on a sale and refuses to sell more than held or to spend more than the cash, naming the quantity', async () => {
    const portfolio = await open();
    market.set('AAPL', 187.43);
    await order(portfolio.id, { symbol: 'AAPL', side: 'buy', quantity: 10, type: 'market' });
    market.set('AAPL', 200);
    const sold = await order(portfolio.id, { symbol: 'AAPL', side: 'sell', quantity: '4', type: 'market' });
    expect(sold.body.fill).toMatchObject({ price: '200', commission: '0.8' });
    const oversell = await call<{ code: string; problems: { field: string; message: string }[] }>(app, 'POST', `/api/v1/portfolios/${portfolio.id}/orders`, { symbol: 'AAPL', side: 'sell', quantity: 7, type: 'market' });
    expect(oversell.status).toBe(400);
    expect(oversell.body.problems).toEqual([
      { field: 'body.quantity', message: 'selling 7 AAPL exceeds the 6 the portfolio can sell (holds 6, 0 reserved by open sell orders); short selling is not supported' },
    ]);
    const overspend = await call<{ problems: { field: string; message: string }[] }>(app, 'POST', `/api/v1/portfolios/${portfolio.id}/orders`, { symbol: 'AAPL', side: 'buy', quantity: 500, type: 'market' });
    expect(overspend.status).toBe(400);
    expect(overspend.body.problems[0]).toEqual({
      field: 'body.quantity',
      message: 'buying 500 AAPL at 200.1 costs 100150.05 (commission included), more than the 98922.08761285 the portfolio can spend (cash 98922.08761285, 0 reserved by open buy orders)',
    });
    const valued = await call<{ cash: string; realizedPnl: string; positions: { quantity: string; realizedPnl: string }[] }>(app, 'GET', `/api/v1/portfolios/${portfolio.id}`);
    // Proceeds 800 − 0.8 commission − 4 × 187.71123872 average cost.
    expect(valued.body).toMatchObject({ cash: '98922.08761285', realizedPnl: '48.35504512', positions: [{ quantity: '6', realizedPnl: '48.35504512' }] });
    const fills = await call<{ items: { side: string; quantity: string }[] }>(app, 'GET', `/api/v1/portfolios/${portfolio.id}/fills`);
    expect(fills.body.items.map((fill) => [fill.side, fill.quantity])).toEqual([
      ['sell', '4'],
      ['buy', '10'],
    ]);
  });

  it('keeps a limit order open with its cash reserved, fills it when the price crosses, and cancels open orders only', async () => {
    const portfolio = await open(10_000);
    market.set('MSFT', 410);
    const limit = await order(portfolio.id, { symbol: 'MSFT', side: 'buy', quantity: 5, type: 'limit', limitPrice: 400 });
    expect(limit.status).toBe(201);
    expect(limit.body).toMatchObject({ order: { status: 'open', filledQuantity: '0' }, fill: null });
    const refused = await call<{ problems: { message: string }[] }>(app, 'POST', `/api/v1/portfolios/${portfolio.id}/orders`, { symbol: 'MSFT', side: 'buy', quantity: 20, type: 'market' });
    expect(refused.body.problems[0].message).toBe(
      'buying 20 MSFT at 410.205 costs 8212.3041 (commission included), more than the 7998 the portfolio can spend (cash 10000, 2002 reserved by open buy orders)',
    );
    const spare = await order(portfolio.id, { symbol: 'MSFT', side: 'buy', quantity: 1, type: 'limit', limitPrice: '300.5' });
    expect(await matcher.matchOnce()).toEqual({ filled: 0, rejected: [], unpriced: [] });
    market.set('MSFT', 399);
    expect(await matcher.matchOnce()).toEqual({ filled: 1, rejected: [], unpriced: [] });
    const orders = await call<{ items: { id: string; status: string }[] }>(app, 'GET', `/api/v1/portfolios/${portfolio.id}/orders?status=filled`);
    expect(orders.body.items.map((item) => item.id)).toEqual([limit.body.order.id]);
    const fills = await call<{ items: { price: string; commission: string }[] }>(app, 'GET', `/api/v1/portfolios/${portfolio.id}/fills`);
    expect(fills.body.items).toMatchObject([{ price: '399.1995', commission: '1.9959975' }]);
    expect((await call<Summary>(app, 'GET', `/api/v1/portfolios/${portfolio.id}`)).body.cash).toBe('8002.0065025');

    const cancel = await call<{ status: string }>(app, 'DELETE', `/api/v1/portfolios/${portfolio.id}/orders/${spare.body.order.id}`);
    expect(cancel).toMatchObject({ status: 200, body: { status: 'cancelled' } });
    const again = await call<{ code: string; message: string }>(app, 'DELETE', `/api/v1/portfolios/${portfolio.id}/orders/${spare.body.order.id}`);
    expect(again).toEqual({ status: 409, body: expect.objectContaining({ code: 'GS_ERR_CONFLICT', message: `order ${spare.body.order.id} is cancelled; only open orders can be cancelled` }) });
    expect((await call(app, 'DELETE', `/api/v1/portfolios/${portfolio.id}/orders/${UNKNOWN}`)).status).toBe(404);
    expect(changes.map(({ change }) => change.kind)).toEqual(['order', 'order', 'fill', 'order']);
  });

  it('fills a limit order the price already crosses at once, at the quote rather than the limit', async () => {
    const portfolio = await open(10_000);
    market.set('MSFT', 399);
    await order(portfolio.id, { symbol: 'MSFT', side: 'buy', quantity: 2, type: 'market' });
    const sell = await order(portfolio.id, { symbol: 'MSFT', side: 'sell', quantity: 2, type: 'limit', limitPrice: 395 });
    expect(sell.body).toMatchObject({ order: { status: 'filled' }, fill: { price: '399' } });
    const valued = await call<{ positions: unknown[] }>(app, 'GET', `/api/v1/portfolios/${portfolio.id}`);
    expect(valued.body.positions).toEqual([]);
  });

  it('applies concurrent orders one at a time: of two buys that fit the cash only one by one, the second is refused', async () => {
    const portfolio = await open(1000);
    market.set('XYZ', 100);
    const results = await Promise.all([1, 2].map(() => order(portfolio.id, { symbol: 'XYZ', side: 'buy', quantity: 6, type: 'market' })));
    expect(results.map((result) => result.status).sort()).toEqual([201, 400]);
    expect((await call<Summary>(app, 'GET', `/api/v1/portfolios/${portfolio.id}`)).body.cash).toBe('399.0997');
  });

  it('answers a symbol no provider knows with 400, providers down or a stale price with 503, and writes nothing', async () => {
    const portfolio = await open();
    const unknown = await call<{ problems: { field: string; message: string }[] }>(app, 'POST', `/api/v1/portfolios/${portfolio.id}/orders`, { symbol: 'NOPE', side: 'buy', quantity: 1, type: 'market' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.problems).toEqual([{ field: 'body.symbol', message: 'no market data provider knows NOPE' }]);
    market.set('AAPL', 100).markDown('AAPL');
    const down = await call<{ code: string; message: string }>(app, 'POST', `/api/v1/portfolios/${portfolio.id}/orders`, { symbol: 'AAPL', side: 'buy', quantity: 1, type: 'market' });
    expect(down.status).toBe(503);
    expect(down.body.message).toContain('fixed: HTTP 503 (unavailable) after 3 attempts');
    market.set('MSFT', 100).markStale('MSFT');
    const stale = await call<{ message: string }>(app, 'POST', `/api/v1/portfolios/${portfolio.id}/orders`, { symbol: 'MSFT', side: 'buy', quantity: 1, type: 'market' });
    expect(stale).toEqual({ status: 503, body: expect.objectContaining({ message: 'the latest MSFT quote is stale (the market data providers are failing); orders fill only at a current price' }) });
    expect((await call<{ items: unknown[] }>(app, 'GET', `/api/v1/portfolios/${portfolio.id}/orders`)).body.items).toEqual([]);
  });

  it('lists an unpriced position with the reason and leaves equity unknown rather than counting it as zero', async () => {
    const portfolio = await open();
    market.set('AAPL', 100);
    await order(portfolio.id, { symbol: 'AAPL', side: 'buy', quantity: 1, type: 'market' });
    market.markDown('AAPL');
    const valued = await call<{ equity: string | null; unrealizedPnl: string | null; positions: { marketValue: string | null; priceError?: string }[] }>(app, 'GET', `/api/v1/portfolios/${portfolio.id}`);
    expect(valued.body).toMatchObject({ equity: null, unrealizedPnl: null, positions: [{ marketValue: null, priceError: expect.stringContaining('no quote for AAPL') }] });
  });

  it('answers bad input on every portfolio route with 400 and the field at fault', async () => {
    const id = (await open()).id;
    const cases: [string, string, object | undefined, string][] = [
      ['POST', '/api/v1/portfolios', { name: 'x' }, 'body.initialCash'],
      ['POST', '/api/v1/portfolios', { name: '', initialCash: 1 }, 'body.name'],
      ['POST', '/api/v1/portfolios', { name: 'x', initialCash: -5 }, 'body.initialCash'],
      ['POST', '/api/v1/portfolios', { name: 'x', initialCash: '1.123456789' }, 'body.initialCash'],
      ['POST', '/api/v1/portfolios', { name: 'x', initialCash: 1, currency: 'usd' }, 'body.currency'],
      ['POST', '/api/v1/portfolios', { name: 'x', initialCash: 1, extra: true }, 'body.extra'],
      ['GET', '/api/v1/portfolios/not-a-uuid', undefined, 'params.id'],
      ['GET', `/api/v1/portfolios/${id}/orders?status=done`, undefined, 'query.status'],
      ['GET', `/api/v1/portfolios/${id}/orders?limit=0`, undefined, 'query.limit'],
      ['GET', `/api/v1/portfolios/${id}/fills?limit=5000`, undefined, 'query.limit'],
      ['POST', `/api/v1/portfolios/${id}/orders`, { symbol: 'AAPL', side: 'hold', quantity: 1, type: 'market' }, 'body.side'],
      ['POST', `/api/v1/portfolios/${id}/orders`, { symbol: 'AAPL', side: 'buy', quantity: 0, type: 'market' }, 'body.quantity'],
      ['POST', `/api/v1/portfolios/${id}/orders`, { symbol: 'AAPL', side: 'buy', quantity: 1e-11, type: 'market' }, 'body.quantity'],
      ['POST', `/api/v1/portfolios/${id}/orders`, { symbol: 'AA PL', side: 'buy', quantity: 1, type: 'market' }, 'body.symbol'],
      ['POST', `/api/v1/portfolios/${id}/orders`, { symbol: 'AAPL', side: 'buy', quantity: 1, type: 'stop' }, 'body.type'],
      ['POST', `/api/v1/portfolios/${id}/orders`, { symbol: 'AAPL', side: 'buy', quantity: 1, type: 'limit' }, 'body.limitPrice'],
      ['POST', `/api/v1/portfolios/${id}/orders`, { symbol: 'AAPL', side: 'buy', quantity: 1, type: 'market', limitPrice: 5 }, 'body.limitPrice'],
      ['POST', `/api/v1/portfolios/${id}/orders`, { side: 'buy', quantity: 1, type: 'market' }, 'body.symbol'],
      ['DELETE', `/api/v1/portfolios/${id}/orders/nope`, undefined, 'params.orderId'],
    ];
    for (const [method, url, payload, field] of cases) {
      const response = await call<{ code: string; problems: { field: string }[] }>(app, method as 'GET', url, payload);
      expect(response.status, `${method} ${url} ${JSON.stringify(payload)}`).toBe(400);
      expect(response.body.code).toBe('GS_ERR_VALIDATION');
      expect(response.body.problems.map((problem) => problem.field), url).toContain(field);
    }
  });

  it('answers 404 for an unknown portfolio on every route', async () => {
    const urls: [string, string, object | undefined][] = [
      ['GET', `/api/v1/portfolios/${UNKNOWN}`, undefined],
      ['GET', `/api/v1/portfolios/${UNKNOWN}/orders`, undefined],
      ['POST', `/api/v1/portfolios/${UNKNOWN}/orders`, { symbol: 'AAPL', side: 'buy', quantity: 1, type: 'market' }],
      ['DELETE', `/api/v1/portfolios/${UNKNOWN}/orders/${UNKNOWN}`, undefined],
      ['GET', `/api/v1/portfolios/${UNKNOWN}/fills`, undefined],
    ];
    for (const [method, url, payload] of urls) {
      const response = await call<{ code: string; message: string }>(app, method as 'GET', url, payload);
      expect(response, `${method} ${url}`).toEqual({ status: 404, body: expect.objectContaining({ code: 'GS_ERR_NOT_FOUND', message: `no portfolio ${UNKNOWN}` }) });
    }
  });
});
