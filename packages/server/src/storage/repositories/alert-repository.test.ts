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

  it("lists, edits and deletes an owner's alerts only, the install owner's (no user) included", async () => {
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const repo = new AlertRepository(context.database.db);
    const adas = await repo.create({ userId: ada.id, symbol: 'AAPL', kind: 'price_above', params: { price: 200 } });
    const owners = await repo.create({ userId: null, symbol: 'MSFT', kind: 'price_below', params: { price: 300 }, active: false });
    await repo.create({ userId: null, symbol: 'AAPL', kind: 'signal', params: {} });
    // Compared as sets: alerts created in the same millisecond have no defined order between them.
    expect((await repo.listForUser(null)).map((a) => [a.symbol, a.active]).sort()).toEqual([
      ['AAPL', true],
      ['MSFT', false],
    ]);
    expect((await repo.listForUser(null, { symbol: 'MSFT' })).map((a) => a.id)).toEqual([owners.id]);
    expect((await repo.listForUser(null, { active: true })).map((a) => a.kind)).toEqual(['signal']);
    expect(await repo.listForUser('nobody')).toEqual([]);
    expect(await repo.ownedBy(null, adas.id)).toBeNull();
    expect(await repo.updateOwned(null, adas.id, { active: false })).toBeNull();
    expect(await repo.updateOwned(ada.id, adas.id, { kind: 'price_below', params: { price: 150 }, channels: ['email'], active: false })).toMatchObject({
      symbol: 'AAPL',
      kind: 'price_below',
      params: { price: 150 },
      channels: ['email'],
      active: false,
    });
    expect(await repo.deleteOwned(null, adas.id)).toBe(false);
    expect(await repo.deleteOwned(ada.id, adas.id)).toBe(true);
    expect(await repo.ownedBy(ada.id, adas.id)).toBeNull();
  });

  it('finds the active rules of some kinds on a symbol, those on every symbol included, leaving disabled accounts out', async () => {
    const users = new UserRepository(context.database.db);
    const admin = await users.create({ email: 'admin@example.com', passwordHash: 'h' });
    const ada = await users.create({ email: 'ada@example.com', passwordHash: 'h', role: 'trader' });
    const gone = await users.create({ email: 'gone@example.com', passwordHash: 'h', role: 'trader' });
    const repo = new AlertRepository(context.database.db);
    const adaAapl = await repo.create({ userId: ada.id, symbol: 'AAPL', kind: 'signal', name: 'strong buys', quietHours: { start: '22:00', end: '07:00', timeZone: 'Europe/Berlin' }, maxPerHour: 5 });
    const adaEvery = await repo.create({ userId: ada.id, symbol: '*', kind: 'signal' });
    const ownerEvery = await repo.create({ userId: null, symbol: '*', kind: 'signal_outcome' });
    await repo.create({ userId: ada.id, symbol: 'MSFT', kind: 'signal' });
    await repo.create({ userId: ada.id, symbol: 'AAPL', kind: 'signal', active: false });
    await repo.create({ userId: ada.id, symbol: 'AAPL', kind: 'price_above', params: { price: 1 } });
    await repo.create({ userId: gone.id, symbol: 'AAPL', kind: 'signal' });
    await users.update(gone.id, { disabled: true });

    // Compared as sets: rules created in the same millisecond have no defined order between them.
    const idsOf = (rules: readonly { readonly id: string }[]): string[] => rules.map((rule) => rule.id).sort();
    expect(idsOf(await repo.activeRules('AAPL', ['signal']))).toEqual([adaAapl.id, adaEvery.id].sort());
    expect(idsOf(await repo.activeRules('AAPL', ['signal', 'signal_outcome']))).toEqual([adaAapl.id, adaEvery.id, ownerEvery.id].sort());
    expect(await repo.activeRules('AAPL', [])).toEqual([]);
    await repo.create({ userId: ada.id, symbol: 'TSLA', kind: 'indicator_below', params: { indicator: 'rsi', value: 30 } });
    await repo.create({ userId: ada.id, symbol: 'NVDA', kind: 'price_below', params: { price: 1 }, active: false });
    await repo.create({ userId: gone.id, symbol: 'AMD', kind: 'price_above', params: { price: 1 } });
    expect(await repo.watchedSymbols()).toEqual(['AAPL', 'TSLA']);
    expect(await repo.ownedBy(ada.id, adaAapl.id)).toMatchObject({ name: 'strong buys', quietHours: { start: '22:00', end: '07:00', timeZone: 'Europe/Berlin' }, maxPerHour: 5 });

    // System rules: the install owner's and admins' only (one demoted since is silent).
    const adminRule = await repo.create({ userId: admin.id, symbol: '*', kind: 'system', params: { events: ['provider_down'] } });
    const ownerRule = await repo.create({ userId: null, symbol: '*', kind: 'system' });
    await repo.create({ userId: ada.id, symbol: '*', kind: 'system' });
    expect(idsOf(await repo.activeSystemRules())).toEqual([adminRule.id, ownerRule.id].sort());
  });
});
