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
});
