import { expect, it } from 'vitest';
import { PortfolioRepository } from '../storage/repositories/portfolio-repository.js';
import { describeStorage } from '../storage/test-support/describe-storage.test-support.js';
import { Decimal } from './decimal.js';
import { LimitOrderMatcher } from './limit-order-matcher.js';
import { PaperBroker, type PortfolioChange } from './paper-broker.js';
import { FixedMarket } from './fixed-market.test-support.js';

describeStorage('LimitOrderMatcher', (context) => {
  it('rejects a limit order the account can no longer pay when it would fill, and leaves orders without a price waiting', async () => {
    const market = new FixedMarket().set('AAPL', 105).set('GONE', 50);
    const changes: PortfolioChange[] = [];
    const broker = new PaperBroker({ database: context.database, quote: market.quote, onChange: (_id, change) => changes.push(change) });
    const matcher = new LimitOrderMatcher({ database: context.database, quote: market.quote, broker });
    const repository = new PortfolioRepository(context.database.db);
    const portfolio = await repository.create({ userId: null, name: 'paper', initialCash: '1000' });
    const limit = await broker.place(portfolio.id, { symbol: 'AAPL', side: 'buy', type: 'limit', quantity: Decimal.of(2), limitPrice: Decimal.of(100) });
    const waiting = await broker.place(portfolio.id, { symbol: 'GONE', side: 'buy', type: 'limit', quantity: Decimal.of(1), limitPrice: Decimal.of(40) });
    // Cash spent behind the broker's back (as a repair script might): the reservation no longer holds.
    const drain = await repository.placeOrder({ portfolioId: portfolio.id, symbol: 'MSFT', side: 'buy', type: 'market', quantity: '1' });
    await repository.recordFill({ orderId: drain.id, quantity: '1', price: '900', time: new Date(), orderStatus: 'filled', filledQuantity: '1', position: { quantity: '1', averagePrice: '900', realizedPnl: '0' }, cashChange: '-900' });
    // AAPL crosses the limit; GONE loses its price (no provider knows it any more).
    market.reset();
    market.set('AAPL', 99);
    const report = await matcher.matchOnce();
    expect(report).toEqual({
      filled: 0,
      rejected: [{ orderId: limit.order.id, reason: 'buying 2 AAPL at 99 costs 198 (commission included), more than the 60 the portfolio can spend (cash 100, 40 reserved by open buy orders)' }],
      unpriced: [{ symbol: 'GONE', reason: 'symbol no market data provider knows GONE' }],
    });
    expect((await repository.order(portfolio.id, limit.order.id))?.status).toBe('rejected');
    expect((await repository.order(portfolio.id, waiting.order.id))?.status).toBe('open');
    expect(changes.map((change) => [change.kind, change.order.status])).toEqual([
      ['order', 'open'],
      ['order', 'open'],
      ['order', 'rejected'],
    ]);
  });
});
