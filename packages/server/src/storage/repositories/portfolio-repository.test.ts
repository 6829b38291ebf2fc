import { expect, it } from 'vitest';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { PortfolioRepository } from './portfolio-repository.js';
import { UserRepository } from './user-repository.js';

describeStorage('PortfolioRepository', (context) => {
  const setup = async () => {
    const user = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const repo = new PortfolioRepository(context.database.db);
    const portfolio = await repo.create({ userId: user.id, name: 'paper', initialCash: '100000' });
    return { user, repo, portfolio };
  };

  it('keeps money as exact decimals', async () => {
    const { user, repo, portfolio } = await setup();
    expect(portfolio).toMatchObject({ name: 'paper', currency: 'USD', initialCash: '100000.00000000', cash: '100000.00000000' });
    expect((await repo.listForUser(user.id)).map((p) => p.id)).toEqual([portfolio.id]);
  });

  it('records fills with the order, position and cash in one transaction, to the last decimal', async () => {
    const { repo, portfolio } = await setup();
    const order = await repo.placeOrder({ portfolioId: portfolio.id, symbol: 'BTC-USD', side: 'buy', type: 'market', quantity: '0.3' });
    expect(order).toMatchObject({ status: 'open', filledQuantity: '0.0000000000', limitPrice: null });
    const time = new Date('2024-03-01T15:00:00.000Z');
    // Three fills of 0.1 at 0.1 + 0.2: floats would drift (0.1 + 0.2 !== 0.3); decimals do not.
    for (const [i, filled] of ['0.1', '0.2', '0.3'].entries()) {
      await repo.recordFill({
        orderId: order.id,
        quantity: '0.1',
        price: '60000.10',
        commission: '0.01',
        time: new Date(time.getTime() + i * 1000),
        orderStatus: filled === '0.3' ? 'filled' : 'partially_filled',
        filledQuantity: filled,
        position: { quantity: filled, averagePrice: '60000.10', realizedPnl: '0' },
        cashChange: '-6000.02',
      });
    }
    expect((await repo.byId(portfolio.id))?.cash).toBe('81999.94000000');
    expect(await repo.positions(portfolio.id)).toMatchObject([{ symbol: 'BTC-USD', quantity: '0.3000000000', averagePrice: '60000.10000000' }]);
    expect(await repo.orders(portfolio.id, ['filled'])).toMatchObject([{ id: order.id, filledQuantity: '0.3000000000' }]);
    expect((await repo.fills(portfolio.id)).map((f) => f.time.getTime() - time.getTime())).toEqual([2000, 1000, 0]);
  });

  it('removes a position that a fill closes, and writes nothing for a fill of an unknown order', async () => {
    const { repo, portfolio } = await setup();
    const buy = await repo.placeOrder({ portfolioId: portfolio.id, symbol: 'AAPL', side: 'buy', type: 'limit', quantity: '10', limitPrice: '150' });
    const time = new Date('2024-03-01T15:00:00.000Z');
    await repo.recordFill({ orderId: buy.id, quantity: '10', price: '150', time, orderStatus: 'filled', filledQuantity: '10', position: { quantity: '10', averagePrice: '150', realizedPnl: '0' }, cashChange: '-1500' });
    const sell = await repo.placeOrder({ portfolioId: portfolio.id, symbol: 'AAPL', side: 'sell', type: 'market', quantity: '10' });
    await repo.recordFill({ orderId: sell.id, quantity: '10', price: '160', time, orderStatus: 'filled', filledQuantity: '10', position: null, cashChange: '1600' });
    expect(await repo.positions(portfolio.id)).toEqual([]);
    expect((await repo.byId(portfolio.id))?.cash).toBe('100100.00000000');
    const entry = { orderId: '00000000-0000-4000-8000-000000000000', quantity: '1', price: '1', time, orderStatus: 'filled' as const, filledQuantity: '1', position: null, cashChange: '-1' };
    await expect(repo.recordFill(entry)).rejects.toThrow('no order');
    expect(await repo.fills(portfolio.id)).toHaveLength(2);
    expect(await repo.setOrderStatus(sell.id, 'cancelled')).toMatchObject({ status: 'cancelled' });
  });

  it("lists the install owner's portfolios (no user) apart from a user's", async () => {
    const { user, repo, portfolio } = await setup();
    const owners = await repo.create({ userId: null, name: 'local', initialCash: '5000.5', currency: 'EUR' });
    expect((await repo.listForUser(null)).map((p) => [p.id, p.currency])).toEqual([[owners.id, 'EUR']]);
    expect((await repo.listForUser(user.id)).map((p) => p.id)).toEqual([portfolio.id]);
  });

  it('checks and fills under the portfolio lock in one transaction, rolled back whole when the check throws', async () => {
    const { repo, portfolio } = await setup();
    const time = new Date('2024-03-01T15:00:00.000Z');
    const filled = await repo.withLock(portfolio.id, async (ledger, locked) => {
      expect(locked.cash).toBe('100000.00000000');
      const order = await ledger.placeOrder({ portfolioId: portfolio.id, symbol: 'AAPL', side: 'buy', type: 'market', quantity: '2' });
      return ledger.recordFill({ orderId: order.id, quantity: '2', price: '100', time, orderStatus: 'filled', filledQuantity: '2', position: { quantity: '2', averagePrice: '100', realizedPnl: '0' }, cashChange: '-200' });
    });
    expect(filled?.price).toBe('100.00000000');
    await expect(
      repo.withLock(portfolio.id, async (ledger) => {
        await ledger.placeOrder({ portfolioId: portfolio.id, symbol: 'MSFT', side: 'buy', type: 'market', quantity: '1' });
        throw new RangeError('cash is short');
      }),
    ).rejects.toThrow('cash is short');
    expect((await repo.orders(portfolio.id)).map((o) => o.symbol)).toEqual(['AAPL']);
    expect((await repo.byId(portfolio.id))?.cash).toBe('99800.00000000');
    expect(await repo.withLock('00000000-0000-4000-8000-000000000000', async () => 1)).toBeNull();
  });

  it('cancels only working orders of the portfolio, and finds working limit orders across portfolios', async () => {
    const { repo, portfolio } = await setup();
    const other = await repo.create({ userId: null, name: 'other', initialCash: '10' });
    const limit = await repo.placeOrder({ portfolioId: portfolio.id, symbol: 'AAPL', side: 'buy', type: 'limit', quantity: '1', limitPrice: '90' });
    const market = await repo.placeOrder({ portfolioId: portfolio.id, symbol: 'AAPL', side: 'buy', type: 'market', quantity: '1' });
    const otherLimit = await repo.placeOrder({ portfolioId: other.id, symbol: 'MSFT', side: 'sell', type: 'limit', quantity: '1', limitPrice: '500' });
    expect((await repo.workingLimitOrders()).map((o) => o.id)).toEqual([limit.id, otherLimit.id]);
    expect(await repo.finishWorkingOrder(other.id, limit.id, 'cancelled')).toBeNull();
    expect(await repo.finishWorkingOrder(portfolio.id, limit.id, 'cancelled')).toMatchObject({ id: limit.id, status: 'cancelled' });
    expect(await repo.finishWorkingOrder(portfolio.id, limit.id, 'cancelled')).toBeNull();
    expect(await repo.order(portfolio.id, market.id)).toMatchObject({ id: market.id, status: 'open' });
    expect(await repo.order(other.id, market.id)).toBeNull();
    expect((await repo.orders(portfolio.id, undefined, 1)).map((o) => o.id)).toEqual([market.id]);
    expect((await repo.workingLimitOrders()).map((o) => o.id)).toEqual([otherLimit.id]);
  });
});

