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

  it("scans the lists of traders and admins, not a viewer's nor a disabled account's", async () => {
    const repo = repository();
    const users = new UserRepository(context.database.db);
    const admin = await users.create({ email: 'admin@example.com', passwordHash: 'h' });
    const viewer = await users.create({ email: 'viewer@example.com', passwordHash: 'h' });
    const trader = await users.create({ email: 'trader@example.com', passwordHash: 'h', role: 'trader' });
    await repo.create(admin.id, { name: 'a', symbols: ['SPY'], timeframes: ['1d'] });
    await repo.create(viewer.id, { name: 'v', symbols: ['GME'], timeframes: ['1d'] });
    await repo.create(trader.id, { name: 't', symbols: ['NVDA'], timeframes: ['1d'] });
    expect((await repo.scanTargets()).map((target) => target.symbol)).toEqual(['NVDA', 'SPY']);
    await users.update(trader.id, { disabled: true });
    expect((await repo.scanTargets()).map((target) => target.symbol)).toEqual(['SPY']);
  });

  it("reads, changes and deletes a list only for its owner, leaving other users' lists alone", async () => {
    const repo = repository();
    const users = new UserRepository(context.database.db);
    const ada = await users.create({ email: 'ada@example.com', passwordHash: 'h' });
    const bob = await users.create({ email: 'bob@example.com', passwordHash: 'h' });
    const adas = await repo.create(ada.id, { name: 'tech', symbols: ['AAPL'] });
    const system = await repo.create(null, { name: 'tech', symbols: ['SPY'] });
    expect(await repo.ownedBy(bob.id, adas.id)).toBeNull();
    expect(await repo.ownedBy(null, adas.id)).toBeNull();
    expect(await repo.ownedBy('not-a-uuid', adas.id)).toBeNull();
    expect(await repo.ownedBy(ada.id, adas.id)).toMatchObject({ id: adas.id, symbols: ['AAPL'] });
    expect(await repo.updateOwned(bob.id, adas.id, { symbols: ['MSFT'] })).toBeNull();
    expect(await repo.updateOwned(null, system.id, { symbols: ['QQQ', 'QQQ', 'SPY'] })).toMatchObject({ id: system.id, symbols: ['QQQ', 'SPY'] });
    expect(await repo.deleteOwned(bob.id, adas.id)).toBe(false);
    expect(await repo.deleteOwned(null, adas.id)).toBe(false);
    expect(await repo.byId(adas.id)).toMatchObject({ symbols: ['AAPL'] });
    expect(await repo.deleteOwned(ada.id, adas.id)).toBe(true);
    expect(await repo.byId(adas.id)).toBeNull();
  });

  it("refuses renaming a list to a name its owner already uses, but not to another owner's", async () => {
    const repo = repository();
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    await repo.create(ada.id, { name: 'tech', symbols: [] });
    const energy = await repo.create(ada.id, { name: 'energy', symbols: [] });
    await repo.create(null, { name: 'crypto', symbols: [] });
    await expect(repo.updateOwned(ada.id, energy.id, { name: 'tech' })).rejects.toMatchObject({ code: 'GS_ERR_CONFLICT', field: 'name' });
    expect(await repo.updateOwned(ada.id, energy.id, { name: 'crypto' })).toMatchObject({ name: 'crypto' });
  });
});
