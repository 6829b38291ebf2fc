import { expect, it } from 'vitest';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { AlertRepository } from './alert-repository.js';
import { UserRepository } from './user-repository.js';

describeStorage('AlertRepository', (context) => {
  it('finds the active alerts of a symbol and records triggers', async () => {
    const user = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const repo = new AlertRepository(context.database.db);
    const above = await repo.create({ userId: user.id, symbol: 'AAPL', kind: 'price_above', params: { price: 200 }, channels: ['websocket'] });
    const signal = await repo.create({ userId: user.id, symbol: 'AAPL', kind: 'signal', params: { actions: ['BUY'] } });
    await repo.create({ userId: user.id, symbol: 'MSFT', kind: 'price_below', params: { price: 300 } });
    expect(await repo.setActive(signal.id, false)).toBe(true);
    expect(await repo.activeForSymbol('AAPL')).toMatchObject([{ id: above.id, params: { price: 200 }, channels: ['websocket'], active: true }]);
    const at = new Date('2024-02-02T10:00:00.000Z');
    await repo.markTriggered(above.id, at);
    expect((await repo.listForUser(user.id)).map((a) => [a.kind, a.lastTriggeredAt])).toEqual([
      ['price_above', at],
      ['signal', null],
      ['price_below', null],
    ]);
    expect(await repo.delete(above.id)).toBe(true);
    expect(await repo.delete(above.id)).toBe(false);
  });
});
