import { expect, it } from 'vitest';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { UserRepository } from './user-repository.js';
import { WatchlistRepository } from './watchlist-repository.js';

describeStorage('WatchlistRepository', (context) => {
  const repository = () => new WatchlistRepository(context.database.db);

  it('keeps user and system lists apart and de-duplicates symbols', async () => {
    const repo = repository();
    const user = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const mine = await repo.create(user.id, { name: 'tech', symbols: ['AAPL', 'MSFT', 'AAPL'], timeframes: ['1h', '1d'] });
    await repo.create(null, { name: 'default', symbols: ['SPY'] });
    expect(mine).toMatchObject({ userId: user.id, name: 'tech', symbols: ['AAPL', 'MSFT'], timeframes: ['1h', '1d'] });
    expect((await repo.listForUser(user.id)).map((w) => w.name)).toEqual(['tech']);
    expect(await repo.listForUser(null)).toMatchObject([{ name: 'default', symbols: ['SPY'], timeframes: ['1d'] }]);
  });

  it('refuses a second list of the same name for the same owner, system lists included', async () => {
    const repo = repository();
    await repo.create(null, { name: 'default', symbols: [] });
    await expect(repo.create(null, { name: 'default', symbols: ['X'] })).rejects.toMatchObject({ code: 'GS_ERR_CONFLICT', field: 'name' });
  });

  it('updates and deletes lists', async () => {
    const repo = repository();
    const list = await repo.create(null, { name: 'a', symbols: ['AAPL'] });
    expect(await repo.update(list.id, { symbols: ['NVDA', 'AMD'] })).toMatchObject({ name: 'a', symbols: ['NVDA', 'AMD'] });
    expect(await repo.delete(list.id)).toBe(true);
    expect(await repo.byId(list.id)).toBeNull();
    expect(await repo.update(list.id, { name: 'b' })).toBeNull();
  });

  it('lists every symbol and timeframe to scan once', async () => {
    const repo = repository();
    await repo.create(null, { name: 'a', symbols: ['MSFT', 'AAPL'], timeframes: ['1d'] });
    await repo.create(null, { name: 'b', symbols: ['AAPL'], timeframes: ['1h', '1d'] });
    expect(await repo.scanTargets()).toEqual([
      { symbol: 'AAPL', timeframe: '1d' },
      { symbol: 'AAPL', timeframe: '1h' },
      { symbol: 'MSFT', timeframe: '1d' },
    ]);
  });
});
